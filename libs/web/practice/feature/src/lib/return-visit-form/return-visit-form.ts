import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { StudyVisitDto } from '@peer/contract';
import { StudyVisitsService } from '@peer/web/practice/data-access';
import { ReasonForm } from '@peer/web/shared/ui';

/** Returns a study visit's reflection to the trainee with a comment; the API mails the trainee. */
@Component({
  selector: 'peer-return-visit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReasonForm],
  template: `
    <peer-reason-form
      [idPrefix]="'return-' + visit().id"
      name="comment"
      label="practice.queue.comment"
      [hints]="['practice.queue.commentHint', 'privacy.reminder']"
      submitLabel="practice.queue.return"
      [submitContext]="visit().traineeName + ', ' + visit().unitName"
      [maxLength]="2000"
      [send]="send"
      (cancelled)="cancelled.emit()"
    />
  `,
  styles: `
    :host {
      display: block;
      margin-top: var(--space-4);
    }
  `,
})
export class ReturnVisitForm {
  private readonly studyVisits = inject(StudyVisitsService);

  readonly cohortId = input.required<string>();
  readonly visit = input.required<StudyVisitDto>();
  readonly returned = output<StudyVisitDto>();
  readonly cancelled = output<void>();

  protected readonly send = async (comment: string): Promise<void> => {
    this.returned.emit(await this.studyVisits.returnToTrainee(this.cohortId(), this.visit().id, comment));
  };
}
