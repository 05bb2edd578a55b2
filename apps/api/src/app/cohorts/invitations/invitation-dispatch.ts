import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { InvitationOutcome } from '@peer/contract';
import type { EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../../common/secret-token';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { JobQueue } from '../../jobs/job-queue';
import { MailService } from '../../mail/mail.service';
import { Cohort, CohortRepository } from '../cohort.repository';
import { Invitation, InvitationRepository } from './invitation.repository';

export const INVITATION_DISPATCH_JOB = 'cohorts.invitation-dispatch';

interface DispatchData {
  invitationIds: string[];
}

/**
 * Decides, after the leader's request has been answered, what an invitation is: a new person
 * (a link to set a password), a trainee (a link to accept) or a staff account (nothing is sent).
 * The leader's request only queues this job, so its answer and its timing are the same for all three.
 */
@Injectable()
export class InvitationDispatch implements OnModuleInit {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly cohorts: CohortRepository,
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.define<DispatchData>({
      name: INVITATION_DISPATCH_JOB,
      handler: async (data, { signal }) => {
        for (const invitationId of data.invitationIds) {
          // Shutting down: the job goes back to the queue and the done ones are skipped next time.
          if (signal.aborted) throw new Error('stopping: the remaining invitations are dispatched on retry');
          await this.dispatch(invitationId);
        }
      },
      concurrency: 2,
      queue: { retryLimit: 8, retryDelay: 30, retryBackoff: true },
    });
  }

  /**
   * Queues the dispatch of the invitations in the caller's transaction: one job for them all, so a
   * worker is woken once and takes them in order.
   */
  async queueAll(invitationIds: string[], manager: EntityManager): Promise<void> {
    await this.queue.send<DispatchData>(INVITATION_DISPATCH_JOB, { invitationIds }, {}, manager);
  }

  /** Idempotent: an invitation is dispatched once; a retry after a crash finds it done or does it whole. */
  async dispatch(invitationId: string): Promise<void> {
    await this.invitations.transaction(async (manager) => {
      const invitation = await this.invitations.lock(invitationId, manager);
      if (!invitation || invitation.outcome !== 'pending' || invitation.acceptedAt || invitation.revokedAt || invitation.declinedAt) return;
      const account = await this.invitations.accountOf(invitation.email, manager);
      const outcome: InvitationOutcome = account === 'none' ? 'new-account' : account === 'trainee' ? 'trainee' : 'staff-account';
      if (outcome === 'staff-account') {
        // A staff account is never enrolled and is told nothing; administrators see the outcome.
        await this.invitations.dispatched(invitation.id, outcome, null, manager);
        return;
      }
      const token = newSecretToken();
      await this.invitations.dispatched(invitation.id, outcome, hashSecretToken(token), manager);
      const cohort = (await this.cohorts.find(invitation.cohortId)) as Cohort;
      await this.mail.send(this.compose(invitation, cohort, outcome, token), manager);
    });
  }

  private compose(invitation: Invitation, cohort: Cohort, outcome: 'new-account' | 'trainee', token: string) {
    const link = `${this.config.publicUrl}/invitations/${token}`;
    const until = invitation.expiresAt.toISOString().slice(0, 10);
    const inviter = invitation.invitedByName ?? 'PEER Academy';
    const sv =
      outcome === 'new-account'
        ? [`Öppna länken, välj ett eget lösenord och tacka ja. Länken gäller till ${until} och kan användas en gång:`]
        : [
            `Logga in och tacka ja genom att öppna länken. Den gäller till ${until}:`,
            link,
            `Du kan också svara under Inbjudningar på din sida: ${this.config.publicUrl}/training`,
          ];
    const en =
      outcome === 'new-account'
        ? [`Open the link, choose your own password and accept. The link works once, until ${until}:`]
        : [
            `Sign in and accept by opening the link. It works until ${until}:`,
            link,
            `You can also answer under Invitations on your own page: ${this.config.publicUrl}/training`,
          ];
    return {
      to: invitation.email,
      subject: `Inbjudan till en kurs / An invitation to a course: ${cohort.name}`,
      text: [
        `Hej ${invitation.name}!`,
        ``,
        `${inviter} bjuder in dig till kullen ${cohort.name} på PEER Academy. Du är med först när du har tackat ja.`,
        ...sv,
        ...(outcome === 'new-account' ? [link] : []),
        ``,
        `${inviter} invites you to the cohort ${cohort.name} at PEER Academy. You join once you have accepted.`,
        ...en,
        ...(outcome === 'new-account' ? [link] : []),
        ``,
        `Om du inte väntade dig inbjudan kan du bortse från den. / If you did not expect this invitation, you may ignore it.`,
        `PEER Academy`,
      ].join('\n'),
    };
  }
}
