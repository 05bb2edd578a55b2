import { ConflictException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { StudyVisitDto, StudyVisitErrorCode, StudyVisitState } from '@peer/contract';
import type { RegisterStudyVisitRequest } from '@peer/contract/validation';
import type { CourseVersionContent, StudyVisitKind } from '@peer/curriculum';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { OutOfReach, Reach } from '../cohorts/reach';
import { Cohort, CohortRepository, Enrolment } from '../cohorts/cohort.repository';
import { hashSecretToken, newSecretToken } from '../common/secret-token';
import { stockholmToday } from '../common/stockholm-time';
import { RequestValidationError } from '../common/validation';
import { APP_CONFIG, AppConfig } from '../config/config';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { MailService } from '../mail/mail.service';
import type { EntityManager } from 'typeorm';
import { formatHours } from '../common/hours';
import { assertHostDomainAllowed, HOST_MAIL_LIMITS, HostMailLimitError, secondsUntilNextStockholmDay } from './host-mail-rules';
import { HostReply, LinkState, StudyVisit, StudyVisitRepository } from './study-visit.repository';

const LINK_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export interface HostView {
  state: LinkState;
  visit?: { traineeName: string; unitName: string; organisation: string; date: string; hours: number };
}

@Injectable()
export class StudyVisitsService {
  constructor(
    private readonly visits: StudyVisitRepository,
    private readonly cohorts: CohortRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly access: Reach,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(actor: Principal, request: RegisterStudyVisitRequest): Promise<StudyVisitDto> {
    const enrolment = await this.ownEnrolment(actor, request.enrolmentId);
    const content = await this.contentOf(enrolment);
    const requirement = content.course.studyVisits.find((v) => v.id === request.requirementId);
    if (!requirement) {
      throw new RequestValidationError([{ field: 'requirementId', rule: 'inCourse', message: `${request.requirementId} is not a study visit of ${content.course.id}` }]);
    }
    if (request.kind !== requirement.kind) {
      throw new RequestValidationError([{ field: 'kind', rule: 'matchesRequirement', message: `kind must be ${requirement.kind} for this study visit` }]);
    }
    const hostEmail = request.hostEmail.trim().toLowerCase();
    assertHostDomainAllowed(hostEmail, this.config.hostEmailDomains);
    // The visit and its first link are one write: refused mail leaves no visit behind.
    const id = await this.visits.transaction(async (manager) => {
      const id = await this.visits.create(
        {
          enrolmentId: enrolment.id,
          requirementId: requirement.id,
          unitName: request.unitName.trim(),
          kind: request.kind,
          organisation: request.organisation.trim(),
          date: request.date,
          hours: request.hours,
          hostEmail,
          status: 'planned',
        },
        manager,
      );
      // A visit that has taken place goes to the host at once; a planned one when the trainee asks.
      if (request.date <= stockholmToday()) await this.mailLink(actor, (await this.mustFind(id, manager)), manager);
      return id;
    });
    return this.dto(await this.mustFind(id));
  }

  /** Sends the host a new one-time link; earlier links stop working. */
  async sendLink(actor: Principal, visitId: string): Promise<void> {
    const visit = await this.mustFind(visitId);
    await this.ownEnrolment(actor, visit.enrolmentId);
    if (visit.date > stockholmToday()) throw conflict('study-visit.not-yet', 'The visit has not taken place yet: send the link on or after the day');
    // The allowed domains may have narrowed since the visit was registered.
    assertHostDomainAllowed(visit.hostEmail, this.config.hostEmailDomains);
    await this.visits.transaction((manager) => this.mailLink(actor, visit, manager));
  }

  /**
   * Counts the mail against the day's limits, rotates the link and queues the mail, all in the
   * caller's transaction: a refusal, a confirmed visit or a crash leaves no link and no mail.
   */
  private async mailLink(actor: Principal, visit: StudyVisit, manager: EntityManager): Promise<void> {
    const refused = await this.visits.recordHostMail(
      manager,
      { visitId: visit.id, traineeId: actor.user.id, recipient: visit.hostEmail, day: stockholmToday() },
      HOST_MAIL_LIMITS,
    );
    if (refused) throw new HostMailLimitError(refused, secondsUntilNextStockholmDay());
    if (!(await this.visits.transition(visit.id, ['planned', 'awaiting_host'], 'awaiting_host', {}, manager))) {
      throw conflict('study-visit.answered', 'The host unit has already answered about this visit');
    }
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS);
    await this.visits.newLink(visit.id, hashSecretToken(token), expiresAt, manager);
    const link = `${this.config.publicUrl}/host-confirmation/${token}`;
    const until = expiresAt.toISOString().slice(0, 10);
    await this.mail.send(
      {
        to: visit.hostEmail,
        subject: `Bekräfta studiebesök / Confirm a study visit: ${visit.unitName} ${visit.date}`,
        text: [
          `Hej!`,
          ``,
          `${actor.user.name} har registrerat ett studiebesök hos er: ${visit.unitName} (${visit.organisation}), ${visit.date}, ${formatHours(visit.hours, 'sv')} timmar.`,
          `Svara genom att öppna länken: bekräfta besöket, ange rätt antal timmar eller svara att det inte ägde rum. Länken gäller till ${until} och kan användas en gång:`,
          link,
          ``,
          `${actor.user.name} registered a study visit with you: ${visit.unitName} (${visit.organisation}), ${visit.date}, ${formatHours(visit.hours, 'en')} hours.`,
          `Please answer by opening the link: confirm the visit, give the right number of hours, or say it did not take place. It works once, until ${until}:`,
          link,
          ``,
          `Skriv aldrig något om patienter. / Never write anything about patients.`,
          `PEER Academy`,
        ].join('\n'),
      },
      manager,
    );
  }

  async hostView(token: string): Promise<HostView> {
    const { state, visitId } = await this.visits.linkState(hashSecretToken(token), new Date());
    if (state !== 'valid' || !visitId) return { state };
    const visit = await this.mustFind(visitId);
    const enrolment = (await this.cohorts.enrolment(visit.enrolmentId)) as Enrolment;
    return { state, visit: { traineeName: enrolment.name, unitName: visit.unitName, organisation: visit.organisation, date: visit.date, hours: visit.hours } };
  }

  /** Records the host unit's answer; other hours equal to the registered ones are a plain confirmation. */
  async hostAnswer(token: string, reply: HostReply): Promise<LinkState> {
    const tokenHash = hashSecretToken(token);
    if (reply.answer === 'hours-differ') {
      const { state, visitId } = await this.visits.linkState(tokenHash, new Date());
      const visit = state === 'valid' && visitId ? await this.visits.find(visitId) : null;
      if (visit && visit.hours === reply.hours) return this.visits.useLink(tokenHash, new Date(), { answer: 'confirmed' });
    }
    return this.visits.useLink(tokenHash, new Date(), reply);
  }

  async reflect(actor: Principal, visitId: string, answers: string[]): Promise<StudyVisitDto> {
    const visit = await this.mustFind(visitId);
    const enrolment = await this.ownEnrolment(actor, visit.enrolmentId);
    const questions = (await this.contentOf(enrolment)).course.studyVisits.find((v) => v.id === visit.requirementId)?.reflectionQuestions ?? [];
    if (answers.length !== questions.length) {
      throw new RequestValidationError([{ field: 'answers', rule: 'count', message: `answers must hold one answer for each of the ${questions.length} questions` }]);
    }
    const moved = await this.visits.transition(visitId, ['confirmed', 'reflected', 'returned'], 'reflected', { answers: answers.map((a) => a.trim()) });
    if (!moved) throw refusal(visit.status, 'reflected');
    return this.dto(await this.mustFind(visitId));
  }

  async approve(actor: Principal, cohortId: string, visitId: string): Promise<StudyVisitDto> {
    const visit = await this.inCohort(actor, cohortId, visitId);
    if (!(await this.visits.transition(visitId, ['reflected'], 'approved', { approvedBy: actor.user.id }))) {
      throw refusal(visit.status, 'approved');
    }
    const enrolment = await this.cohorts.enrolment(visit.enrolmentId);
    await this.audit.record({ actorId: actor.user.id, action: 'study_visit.approve', subjectType: 'study_visit', subjectId: visitId, people: enrolment ? [enrolment.traineeId] : [] });
    return this.dto(await this.mustFind(visitId));
  }

  async returnWithComment(actor: Principal, cohortId: string, visitId: string, comment: string): Promise<StudyVisitDto> {
    const visit = await this.inCohort(actor, cohortId, visitId);
    if (!(await this.visits.transition(visitId, ['reflected'], 'returned', { leaderComment: comment.trim() }))) {
      throw refusal(visit.status, 'returned');
    }
    const enrolment = (await this.cohorts.enrolment(visit.enrolmentId)) as Enrolment;
    await this.mail.send({
      to: enrolment.email,
      subject: `Ditt studiebesök behöver kompletteras / Your study visit was returned: ${visit.unitName}`,
      text: [
        `${actor.user.name} har skickat tillbaka din reflektion om studiebesöket på ${visit.unitName} (${visit.date}) med en kommentar:`,
        ``,
        comment.trim(),
        ``,
        `Logga in på PEER Academy för att komplettera: ${this.config.publicUrl}/training/practice`,
        ``,
        `${actor.user.name} returned your reflection on the study visit at ${visit.unitName} (${visit.date}) with a comment; sign in to complete it.`,
      ].join('\n'),
    });
    await this.audit.record({ actorId: actor.user.id, action: 'study_visit.return', subjectType: 'study_visit', subjectId: visitId, people: [enrolment.traineeId] });
    return this.dto(await this.mustFind(visitId));
  }

  async queue(actor: Principal, cohortId: string, status?: StudyVisitState): Promise<StudyVisitDto[]> {
    await this.access.assertStaff(actor, cohortId);
    const enrolments = await this.cohorts.enrolments(cohortId);
    const visits = await this.visits.forEnrolments(enrolments.map((e) => e.id));
    await this.audit.record({ actorId: actor.user.id, action: 'study_visit.view', subjectType: 'cohort', subjectId: cohortId, people: visits.filter((v) => !status || v.status === status).flatMap((v) => enrolments.filter((e) => e.id === v.enrolmentId).map((e) => e.traineeId)) });
    return Promise.all(visits.filter((v) => !status || v.status === status).map((v) => this.dto(v)));
  }

  async mine(actor: Principal): Promise<StudyVisitDto[]> {
    const enrolments = await this.cohorts.enrolmentsOf(actor.user.id);
    const visits = await this.visits.forEnrolments(enrolments.map((e) => e.id));
    return Promise.all(visits.map((v) => this.dto(v)));
  }

  /** A visit of a trainee of this cohort, reached through her enrolment; any other looks like none. */
  private async inCohort(actor: Principal, cohortId: string, visitId: string): Promise<StudyVisit> {
    if (actor.user.role !== 'course_leader') throw new ForbiddenException('A course leader of the cohort approves study visits');
    await this.access.assertStaff(actor, cohortId);
    const visit = await this.visits.find(visitId);
    if (!visit) throw new OutOfReach();
    await this.access.staffEnrolment(actor, cohortId, visit.enrolmentId);
    return visit;
  }

  /** The trainee's own active enrolment; anyone else's looks like none. */
  private async ownEnrolment(actor: Principal, enrolmentId: string): Promise<Enrolment> {
    const enrolment = await this.access.ownEnrolment(actor, enrolmentId);
    if (enrolment.withdrawnAt) throw new OutOfReach();
    return enrolment;
  }

  private async contentOf(enrolment: Enrolment): Promise<CourseVersionContent> {
    return this.curriculum.content((await this.cohorts.find(enrolment.cohortId)) as Cohort);
  }

  private async mustFind(id: string, manager?: EntityManager): Promise<StudyVisit> {
    const visit = await this.visits.find(id, manager);
    if (!visit) throw new OutOfReach();
    return visit;
  }

  private async dto(visit: StudyVisit): Promise<StudyVisitDto> {
    const enrolment = (await this.cohorts.enrolment(visit.enrolmentId)) as Enrolment;
    const content = await this.contentOf(enrolment);
    const requirement = content.course.studyVisits.find((v) => v.id === visit.requirementId);
    const kinds: StudyVisitKind[] = await this.curriculum.kinds();
    return {
      id: visit.id,
      enrolmentId: visit.enrolmentId,
      traineeName: enrolment.name,
      requirementId: visit.requirementId,
      requirementTitle: requirement?.title ?? { sv: visit.requirementId, en: visit.requirementId },
      unitName: visit.unitName,
      kind: visit.kind,
      kindTitle: kinds.find((k) => k.id === visit.kind)?.title ?? { sv: visit.kind, en: visit.kind },
      organisation: visit.organisation,
      date: visit.date,
      hours: visit.hours,
      hostEmail: visit.hostEmail,
      status: visit.status,
      confirmedAt: visit.confirmedAt?.toISOString() ?? null,
      hostAnswer: visit.hostAnswer,
      registeredHours: visit.registeredHours,
      questions: [...(requirement?.reflectionQuestions ?? [])],
      answers: visit.answers,
      leaderComment: visit.leaderComment,
      approvedAt: visit.approvedAt?.toISOString() ?? null,
      approvedBy: visit.approvedByName,
    };
  }
}

function refusal(status: StudyVisitState, wanted: 'reflected' | 'approved' | 'returned'): ConflictException {
  if (status === 'planned' || status === 'awaiting_host') return conflict('study-visit.not-confirmed', `The host unit has not confirmed this visit: it cannot be ${wanted}`);
  if (status === 'not_held') return conflict('study-visit.not-held', 'The host unit answered that this visit did not take place');
  if (status === 'approved') return conflict('study-visit.approved', 'The visit is already approved');
  if (wanted !== 'reflected' && (status === 'confirmed' || status === 'returned')) {
    return conflict('study-visit.no-reflection', `The trainee has not handed in the reflection: it cannot be ${wanted}`);
  }
  // Changed meanwhile (another leader, another tab): the general refusal; the page reloads.
  return new ConflictException(`The visit is now ${status}`);
}

/** A refusal about a study visit's state, with its stable code. */
function conflict(code: StudyVisitErrorCode, message: string): ConflictException {
  return new ConflictException({ message, code });
}
