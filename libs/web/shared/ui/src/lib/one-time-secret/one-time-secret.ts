import { ChangeDetectionStrategy, Component, ElementRef, input, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { CopyButton } from '../copy-button/copy-button';

let nextId = 0;

/**
 * A value the API shows only once (a temporary password, a private calendar address): read-only,
 * with a copy button, and selected for copying by hand when the browser refuses the clipboard.
 */
@Component({
  selector: 'peer-one-time-secret',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CopyButton],
  template: `
    <div class="field">
      <label [for]="id">{{ label() }}</label>
      <div class="copy-row">
        <input #valueInput class="mono" type="text" readonly autocomplete="off" spellcheck="false" [id]="id" [value]="value()" />
        <peer-copy-button [text]="value()" (failed)="selectForCopying()" />
      </div>
      <p class="field-hint" role="status">
        @if (copyByHand()) {
          {{ 'oneTimeSecret.copyByHand' | translate }}
        }
      </p>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .copy-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
    }
    .copy-row input {
      flex: 1 1 14rem;
    }
  `,
})
export class OneTimeSecret {
  readonly label = input.required<string>();
  readonly value = input.required<string>();

  protected readonly id = `one-time-secret-${nextId++}`;
  protected readonly copyByHand = signal(false);
  private readonly valueInput = viewChild.required<ElementRef<HTMLInputElement>>('valueInput');

  protected selectForCopying(): void {
    this.copyByHand.set(true);
    this.valueInput().nativeElement.select();
  }
}
