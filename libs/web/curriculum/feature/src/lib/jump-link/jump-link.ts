import { Location } from '@angular/common';
import { Directive, DOCUMENT, inject, input } from '@angular/core';

/**
 * A link to another place on the same page: `<a [peerJumpTo]="'day-3'">`. Scrolls to the
 * element with that id and moves focus there, so keyboard and screen-reader users land
 * where sighted users look. Needed because a plain `href="#id"` resolves against
 * `<base href="/">` and would leave the page.
 */
@Directive({
  selector: 'a[peerJumpTo]',
  host: { '[attr.href]': 'href()', '(click)': 'jump($event)' },
})
export class JumpLink {
  private readonly document = inject(DOCUMENT);
  private readonly location = inject(Location);

  /** Id of the target element. */
  readonly peerJumpTo = input.required<string>();

  protected href(): string {
    return `${this.location.prepareExternalUrl(this.location.path())}#${this.peerJumpTo()}`;
  }

  protected jump(event: MouseEvent): void {
    // Let the browser open new tabs and windows.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const target = this.document.getElementById(this.peerJumpTo());
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }
}
