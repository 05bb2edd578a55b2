import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, input, output, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateUserResponse } from '@peer/contract';
import { CopyButton } from '@peer/web/shared/ui';

/** Shows a new or reset account's temporary password, the only time it is ever shown. */
@Component({
  selector: 'peer-temporary-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CopyButton],
  templateUrl: './temporary-password.html',
  styleUrl: './temporary-password.css',
})
export class TemporaryPassword {
  readonly result = input.required<CreateUserResponse>();
  /** A new account, or a password an administrator reset. */
  readonly kind = input<'created' | 'reset'>('created');
  readonly dismissed = output<void>();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  protected readonly copyByHand = signal(false);

  constructor() {
    // Bring keyboard and screen-reader users to the result.
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected selectForCopying(): void {
    this.copyByHand.set(true);
    this.passwordInput().nativeElement.select();
  }
}
