import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies a text to the clipboard. Emits `failed` when the browser refuses (e.g. not a
 * secure context) so the page can help the user copy by hand.
 */
@Component({
  selector: 'peer-copy-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <button type="button" class="btn btn-secondary" (click)="copy()">
      {{ (state() === 'copied' ? 'common.copied' : 'common.copy') | translate }}
    </button>
    <span class="visually-hidden" role="status">
      @if (state() === 'copied') {
        {{ 'common.copiedToClipboard' | translate }}
      }
    </span>
  `,
})
export class CopyButton {
  private readonly destroyRef = inject(DestroyRef);
  private resetTimer?: ReturnType<typeof setTimeout>;

  readonly text = input.required<string>();
  readonly failed = output<void>();

  protected readonly state = signal<CopyState>('idle');

  constructor() {
    this.destroyRef.onDestroy(() => clearTimeout(this.resetTimer));
  }

  protected async copy(): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(this.text());
      this.state.set('copied');
      clearTimeout(this.resetTimer);
      this.resetTimer = setTimeout(() => this.state.set('idle'), 4000);
    } catch {
      this.state.set('failed');
      this.failed.emit();
    }
  }
}
