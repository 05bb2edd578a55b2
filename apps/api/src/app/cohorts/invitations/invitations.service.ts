import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  AcceptInvitationResponse,
  AdminInvitationDto,
  FieldError,
  InvitationDto,
  InvitationLinkDto,
  InvitationPrerequisiteDto,
  MyInvitationDto,
} from '@peer/contract';
import type { AcceptInvitationRequest } from '@peer/contract/validation';
import { publicStatus } from '@peer/certification';
import { PasswordHasher } from '../../accounts/password-hasher';
import { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../auth/principal';
import { FieldConflictError } from '../../common/error.filter';
import { hashSecretToken } from '../../common/secret-token';
import { CurriculumRepository } from '../../curriculum/curriculum.repository';
import { Reach } from '../reach';
import { Cohort, CohortRepository } from '../cohort.repository';
import type { CsvTrainee } from '../enrolment-csv';
import { PrerequisiteCertificates } from '../../progress/prerequisite-certificates';
import { InvitationDispatch } from './invitation-dispatch';
import { Invitation, InvitationRepository } from './invitation.repository';

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** Outside the caller's reach, used, expired or unknown: one answer for all. */
function noSuchInvitation(): NotFoundException {
  return new NotFoundException('No such invitation');
}

/**
 * Invitations to a cohort. The leader's side works only with what the leader typed; the person
 * joins (and the leader sees her records) only once she has accepted.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly cohorts: CohortRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly access: Reach,
    private readonly dispatch: InvitationDispatch,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly prerequisites: PrerequisiteCertificates,
  ) {}

  /**
   * Invites every row in one transaction, or nobody. The work is the same whoever an e-mail
   * belongs to: no account is looked up here, the dispatch job decides that later.
   */
  async invite(
    actor: Principal,
    cohortId: string,
    rows: CsvTrainee[],
    error: (line: number, rule: string, message: string) => FieldError,
  ): Promise<InvitationDto[]> {
    const now = new Date();
    const emails = rows.map((row) => row.email);
    return this.invitations.transaction(async (manager) => {
      const taken = await this.invitations.taken(cohortId, emails, now, manager);
      const problems = rows.flatMap((row) => {
        const kind = taken.get(row.email);
        if (kind === 'enrolled') return [{ ...error(row.line, 'enrolled', `${row.email} is already enrolled in this cohort`), code: 'enrolment.enrolled' }];
        if (kind === 'invited') return [{ ...error(row.line, 'invited', `${row.email} is already invited to this cohort`), code: 'enrolment.invited' }];
        return [];
      });
      if (problems.length > 0) throw new FieldConflictError(problems);
      const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
      const created = await this.invitations.create(
        rows.map((row) => ({ cohortId, name: row.name, email: row.email, invitedBy: actor.user.id, expiresAt })),
        now,
        manager,
      );
      if (!created) {
        throw new FieldConflictError(
          rows.map((row) => ({ ...error(row.line, 'invited', `${row.email} may have been invited to this cohort meanwhile`), code: 'enrolment.invited' })),
        );
      }
      await this.dispatch.queueAll(created.map((invitation) => invitation.id), manager);
      await this.audit.record(
        { actorId: actor.user.id, action: 'invitation.create', subjectType: 'cohort', subjectId: cohortId, details: { invitationIds: created.map((i) => i.id) } },
        manager,
      );
      return created.map((invitation) => toInvitationDto(invitation, now));
    });
  }

  /** The roster's invitations: not accepted, not cancelled. */
  async ofCohort(cohortId: string): Promise<InvitationDto[]> {
    const now = new Date();
    return (await this.invitations.openForCohort(cohortId)).map((invitation) => toInvitationDto(invitation, now));
  }

  /** Every invitation of the cohort with its outcome: administrators only (the route says so). */
  async forAdministrator(actor: Principal, cohortId: string): Promise<AdminInvitationDto[]> {
    await this.access.assertStaff(actor, cohortId);
    const now = new Date();
    const invitations = await this.invitations.allForCohort(cohortId);
    await this.audit.record({ actorId: actor.user.id, action: 'invitation.view', subjectType: 'cohort', subjectId: cohortId });
    return invitations.map((invitation) => ({
      ...toInvitationDto(invitation, now),
      outcome: invitation.outcome,
      invitedBy: invitation.invitedByName,
      acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
      revokedAt: invitation.revokedAt?.toISOString() ?? null,
    }));
  }

  /** The leader withdraws an invitation that has not been accepted; its link stops working. */
  async cancel(actor: Principal, cohortId: string, invitationId: string): Promise<void> {
    await this.access.assertStaff(actor, cohortId);
    await this.invitations.transaction(async (manager) => {
      const invitation = await this.invitations.lock(invitationId, manager);
      if (!invitation || invitation.cohortId !== cohortId || invitation.acceptedAt || invitation.revokedAt) {
        throw new NotFoundException('No such invitation in this cohort');
      }
      await this.invitations.revoke(invitation.id, manager);
      await this.audit.record({ actorId: actor.user.id, action: 'invitation.cancel', subjectType: 'invitation', subjectId: invitation.id }, manager);
    });
  }

  /** A trainee's own open invitations. */
  async mine(actor: Principal): Promise<MyInvitationDto[]> {
    const now = new Date();
    const invitations = await this.invitations.openForEmail(actor.user.email, now);
    return Promise.all(
      invitations.map(async (invitation) => {
        const { cohort, courseTitle } = await this.cohortOf(invitation);
        return {
          prerequisites: await this.prerequisitesOf(cohort, actor.user.id, now),
          id: invitation.id,
          cohortName: cohort.name,
          courseTitle,
          invitedBy: invitation.invitedByName,
          invitedAt: invitation.createdAt.toISOString(),
          expiresAt: invitation.expiresAt.toISOString(),
        };
      }),
    );
  }

  async acceptMine(actor: Principal, invitationId: string): Promise<void> {
    await this.answerMine(actor, (manager) => this.invitations.lock(invitationId, manager), 'accept');
  }

  async declineMine(actor: Principal, invitationId: string): Promise<void> {
    await this.answerMine(actor, (manager) => this.invitations.lock(invitationId, manager), 'decline');
  }

  /** A signed-in trainee accepts through the mail's link; anyone else gets the unknown link's 404. */
  async acceptLink(actor: Principal, token: string): Promise<void> {
    await this.answerMine(actor, (manager) => this.lockByToken(token, manager), 'accept');
  }

  /** What the mail's link opens; the token is the mailbox owner's proof. */
  async link(token: string): Promise<InvitationLinkDto> {
    const invitation = await this.invitations.findByToken(hashSecretToken(token));
    if (!invitation || !isOpen(invitation, new Date()) || invitation.outcome === 'staff-account') throw noSuchInvitation();
    const account = await this.invitations.accountOf(invitation.email);
    if (account === 'staff') throw noSuchInvitation();
    const { cohort, courseTitle } = await this.cohortOf(invitation);
    return {
      account: account === 'trainee' ? 'existing' : 'new',
      cohortName: cohort.name,
      courseTitle,
      name: invitation.name,
      email: invitation.email,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** A new person accepts: her account and her enrolment are one write. */
  async register(token: string, request: AcceptInvitationRequest): Promise<AcceptInvitationResponse> {
    const known = await this.invitations.findByToken(hashSecretToken(token));
    if (!known || !isOpen(known, new Date()) || known.outcome !== 'new-account') throw noSuchInvitation();
    const passwordHash = await this.hasher.hash(request.password);
    return this.invitations.transaction(async (manager) => {
      const invitation = await this.lockByToken(token, manager);
      if (!invitation || !isOpen(invitation, new Date()) || invitation.outcome !== 'new-account') throw noSuchInvitation();
      const name = request.name?.trim() || invitation.name;
      const traineeId = await this.invitations.createTrainee({ email: invitation.email, name, role: 'trainee', passwordHash, mustChangePassword: false }, invitation.cohortId, manager);
      if (!traineeId) throw noSuchInvitation();
      const enrolmentId = await this.invitations.accept(invitation.id, invitation.cohortId, traineeId, manager);
      await this.audit.record(
        { actorId: traineeId, action: 'invitation.accept', subjectType: 'invitation', subjectId: invitation.id, details: { enrolmentId, newAccount: true }, people: [traineeId] },
        manager,
      );
      return { email: invitation.email };
    });
  }

  private async answerMine(
    actor: Principal,
    find: (manager: import('typeorm').EntityManager) => Promise<Invitation | null>,
    answer: 'accept' | 'decline',
  ): Promise<void> {
    await this.invitations.transaction(async (manager) => {
      const invitation = await find(manager);
      if (!invitation || invitation.email !== actor.user.email || invitation.outcome === 'staff-account' || !isOpen(invitation, new Date())) {
        throw noSuchInvitation();
      }
      const details: Record<string, unknown> = {};
      if (answer === 'accept') details['enrolmentId'] = await this.invitations.accept(invitation.id, invitation.cohortId, actor.user.id, manager);
      else await this.invitations.decline(invitation.id, manager);
      await this.audit.record({ actorId: actor.user.id, action: `invitation.${answer}`, subjectType: 'invitation', subjectId: invitation.id, details, people: [actor.user.id] }, manager);
    });
  }

  private async lockByToken(token: string, manager: import('typeorm').EntityManager): Promise<Invitation | null> {
    const invitation = await this.invitations.findByToken(hashSecretToken(token), manager);
    return invitation ? this.invitations.lock(invitation.id, manager) : null;
  }

  /** The courses the cohort's course requires, and whether she holds a valid certificate of each. */
  private async prerequisitesOf(cohort: Cohort, traineeId: string, now: Date): Promise<InvitationPrerequisiteDto[]> {
    const required = [...(await this.curriculum.content(cohort)).course.prerequisites];
    if (required.length === 0) return [];
    const [titles, certificates] = await Promise.all([
      this.prerequisites.titles(required),
      this.prerequisites.certificates(required, { cohortId: cohort.id, traineeIds: [traineeId] }),
    ]);
    return required.map((courseId) => ({
      courseId,
      title: titles.get(courseId) ?? { sv: courseId, en: courseId },
      held: certificates.some((c) => c.courseId === courseId && publicStatus(c, now) === 'valid'),
    }));
  }

  private async cohortOf(invitation: Invitation): Promise<{ cohort: Cohort; courseTitle: InvitationLinkDto['courseTitle'] }> {
    const cohort = (await this.cohorts.find(invitation.cohortId)) as Cohort;
    return { cohort, courseTitle: (await this.curriculum.content(cohort)).course.title };
  }
}

function isOpen(invitation: Invitation, now: Date): boolean {
  return !invitation.acceptedAt && !invitation.declinedAt && !invitation.revokedAt && invitation.expiresAt.getTime() > now.getTime();
}

export function toInvitationDto(invitation: Invitation, now: Date): InvitationDto {
  const status = invitation.declinedAt ? 'declined' : invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'invited';
  return {
    id: invitation.id,
    name: invitation.name,
    email: invitation.email,
    status,
    invitedAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
