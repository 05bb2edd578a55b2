import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, output, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { EnrolmentDto, InvitationDto } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { EnrolForm } from '../enrol-form/enrol-form';
import { FORMAT } from '@peer/web/shared/util';
import { ImportForm } from '../import-form/import-form';

/**
 * The cohort's trainees: those who accepted, the invitations not (yet) answered, invite one or a
 * CSV file, withdraw with a reason, and those who have left.
 */
@Component({
  selector: 'peer-trainees-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT, EnrolForm, ImportForm],
  templateUrl: './trainees-section.html',
  styleUrl: './trainees-section.css',
})
export class TraineesSection {
  private readonly cohorts = inject(CohortsService);
  private readonly document = inject(DOCUMENT);
  private readonly auth = inject(AuthService);

  readonly cohortId = input.required<string>();
  readonly enrolments = input.required<readonly EnrolmentDto[]>();
  /** Invitations not accepted and not cancelled: only what the leader typed. */
  readonly invitations = input<readonly InvitationDto[]>([]);
  /** The roster changed: the page reloads the cohort. */
  readonly changed = output<void>();

  /** Administrators also see what became of each invitation; a leader never does. */
  private readonly outcomes = resource({
    params: () => (this.auth.role() === 'admin' && this.invitations().length > 0 ? { cohortId: this.cohortId(), invitations: this.invitations() } : undefined),
    loader: ({ params }) => this.cohorts.adminInvitations(params.cohortId),
  });
  protected readonly outcomeOf = computed(() => {
    const outcomes = this.outcomes.hasValue() ? this.outcomes.value() : [];
    return new Map(outcomes.map((invitation) => [invitation.id, invitation.outcome]));
  });

  protected readonly active = computed(() => this.enrolments().filter((enrolment) => !enrolment.withdrawnAt));
  protected readonly withdrawn = computed(() => this.enrolments().filter((enrolment) => enrolment.withdrawnAt));

  protected readonly message = signal<{ key: string; params: Record<string, string | number> } | null>(null);

  /** The enrolment whose withdrawal form is open. */
  protected readonly withdrawing = signal<string | null>(null);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly withdrawErrorKey = signal<string | null>(null);
  protected readonly busy = signal(false);

  /** The invitation whose cancellation is being sent. */
  protected readonly cancelling = signal<string | null>(null);
  protected readonly cancelErrorKey = signal<string | null>(null);

  protected onInvited(invitations: readonly InvitationDto[]): void {
    this.message.set(
      invitations.length === 1
        ? { key: 'cohorts.trainees.invitedOne', params: { name: invitations[0].name, email: invitations[0].email } }
        : { key: 'cohorts.trainees.invitedMany', params: { count: invitations.length } },
    );
    this.changed.emit();
  }

  protected async cancelInvitation(invitation: InvitationDto): Promise<void> {
    this.cancelling.set(invitation.id);
    this.cancelErrorKey.set(null);
    try {
      await this.cohorts.cancelInvitation(this.cohortId(), invitation.id);
      this.message.set({ key: 'cohorts.trainees.invitationCancelled', params: { name: invitation.name } });
      this.changed.emit();
    } catch (error) {
      this.cancelErrorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.cancelling.set(null);
    }
  }

  protected startWithdrawal(enrolment: EnrolmentDto): void {
    this.withdrawing.set(enrolment.id);
    this.reason.set('');
    this.reasonMissing.set(false);
    this.withdrawErrorKey.set(null);
  }

  protected onReasonInput(event: Event): void {
    this.reason.set((event.target as HTMLTextAreaElement).value);
    if (this.reason().trim()) this.reasonMissing.set(false);
  }

  protected async withdraw(event: Event, enrolment: EnrolmentDto): Promise<void> {
    event.preventDefault();
    const reason = this.reason().trim();
    if (!reason) {
      this.reasonMissing.set(true);
      this.document.getElementById(`withdraw-reason-${enrolment.id}`)?.focus();
      return;
    }
    this.busy.set(true);
    this.withdrawErrorKey.set(null);
    try {
      await this.cohorts.withdraw(this.cohortId(), enrolment.id, reason);
      this.withdrawing.set(null);
      this.message.set({ key: 'cohorts.trainees.withdrawn', params: { name: enrolment.name } });
      this.changed.emit();
    } catch (error) {
      this.withdrawErrorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
