import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { RolePlayAttemptDto } from '@peer/contract';
import { RolePlaysService } from '@peer/web/practice/data-access';
import { ReasonForm } from '@peer/web/shared/ui';

/** The trainee's reflection on one role-play attempt, before or after it is signed. */
@Component({
  selector: 'peer-role-play-reflection-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReasonForm],
  template: `
    <peer-reason-form
      [idPrefix]="'reflection-' + attempt().id"
      name="reflection"
      apiField="text"
      label="practice.myRolePlays.reflection"
      [hints]="['privacy.reminder']"
      submitLabel="practice.myRolePlays.send"
      [labelContext]="context()"
      [rows]="4"
      [maxLength]="2000"
      [send]="send"
      (cancelled)="cancelled.emit()"
    />
  `,
  styles: `
    :host {
      display: block;
      margin-top: var(--space-3);
    }
  `,
})
export class RolePlayReflectionForm {
  private readonly rolePlays = inject(RolePlaysService);

  readonly attempt = input.required<RolePlayAttemptDto>();
  /** Names the attempt for screen readers, e.g. "En gränsfråga, försök 2". */
  readonly context = input('');
  readonly saved = output<RolePlayAttemptDto>();
  readonly cancelled = output<void>();

  protected readonly send = async (text: string): Promise<void> => {
    this.saved.emit(await this.rolePlays.reflect(this.attempt().id, text));
  };
}
