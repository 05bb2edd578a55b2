import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { UserDto } from '@peer/contract';
import { OneTimeSecret } from '@peer/web/shared/ui';

let nextId = 0;

/**
 * An organisation administrator just made (with a new organisation, or added to one) and her
 * temporary password: the only time it is ever shown.
 */
@Component({
  selector: 'peer-administrator-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, OneTimeSecret],
  template: `
    @let person = administrator();
    <section class="card card-highlight" [attr.aria-labelledby]="headingId">
      @if (level() === 2) {
        <h2 [id]="headingId" tabindex="-1" #title>{{ heading() }}</h2>
      } @else {
        <h3 [id]="headingId" tabindex="-1" #title>{{ heading() }}</h3>
      }
      <p>{{ 'organisations.created.intro' | translate: { admin: person.name, email: person.email } }}</p>
      <peer-one-time-secret [label]="'organisations.created.password' | translate: { admin: person.name }" [value]="temporaryPassword()" />
      <p class="warning-text">{{ 'organisations.created.onlyOnce' | translate }}</p>
      <button type="button" class="btn btn-secondary" (click)="dismissed.emit()">{{ 'common.done' | translate }}</button>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class AdministratorPassword {
  /** Already worded: what was just done. */
  readonly heading = input.required<string>();
  /** Where it stands in the page's outline. */
  readonly level = input.required<2 | 3>();
  readonly administrator = input.required<Pick<UserDto, 'name' | 'email'>>();
  readonly temporaryPassword = input.required<string>();
  readonly dismissed = output<void>();

  protected readonly headingId = `administrator-password-heading-${nextId++}`;
  private readonly headingElement = viewChild.required<ElementRef<HTMLElement>>('title');

  constructor() {
    // Bring keyboard and screen-reader users to the result.
    afterNextRender(() => this.headingElement().nativeElement.focus());
  }
}
