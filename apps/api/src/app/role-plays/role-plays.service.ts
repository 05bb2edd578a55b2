import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { RolePlayAttemptDto, RolePlayResultValue } from '@peer/contract';
import type { CriterionMarkRequest } from '@peer/contract/validation';
import type { CourseVersionContent, RolePlayScenario } from '@peer/curriculum';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { OutOfReach, Reach } from '../cohorts/reach';
import { Cohort, CohortRepository, Enrolment } from '../cohorts/cohort.repository';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { RequestValidationError } from '../common/validation';
import type { CriterionMark } from './persistence/role-play.entities';
import { RolePlayAttempt, RolePlayRepository } from './role-play.repository';

interface AttemptContext {
  attempt: RolePlayAttempt;
  enrolment: Enrolment;
  cohort: Cohort;
  scenario: RolePlayScenario;
}

@Injectable()
export class RolePlaysService {
  constructor(
    private readonly attempts: RolePlayRepository,
    private readonly cohorts: CohortRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly access: Reach,
    private readonly audit: AuditService,
  ) {}

  /** Opens the observation form: the open draft, or a new attempt. */
  async start(actor: Principal, cohortId: string, enrolmentId: string, scenarioId: string): Promise<RolePlayAttemptDto> {
    await this.assertObserver(actor, cohortId);
    const { enrolment, content } = await this.activeEnrolment(actor, cohortId, enrolmentId);
    const scenario = content.scenarios.find((s) => s.id === scenarioId);
    if (!scenario) {
      throw new RequestValidationError([{ field: 'scenarioId', rule: 'inCourse', message: `scenarioId ${scenarioId} is not a role-play of ${content.course.id}` }]);
    }
    const criteria = scenario.rubric.map((c) => ({ criterionId: c.id, shown: null, feedback: null }));
    const id = await this.attempts.openDraft(enrolment.id, scenarioId, actor.user.id, criteria);
    await this.audit.record({ actorId: actor.user.id, action: 'role_play.start', subjectType: 'role_play_attempt', subjectId: id, details: { scenarioId }, people: [enrolment.traineeId] });
    return this.map(await this.context(id));
  }

  async list(actor: Principal, cohortId: string, enrolmentId: string): Promise<RolePlayAttemptDto[]> {
    await this.access.assertStaff(actor, cohortId);
    const { enrolment, content } = await this.enrolmentIn(actor, cohortId, enrolmentId);
    const attempts = await this.attempts.forEnrolments([enrolment.id]);
    await this.audit.record({ actorId: actor.user.id, action: 'role_play.view', subjectType: 'enrolment', subjectId: enrolmentId, people: [enrolment.traineeId] });
    return attempts.map((a) => toDto(a, enrolment, scenarioOf(content, a.scenarioId)));
  }

  /** Every attempt of every enrolment of the trainee, with feedback. */
  async mine(actor: Principal): Promise<RolePlayAttemptDto[]> {
    const enrolments = await this.cohorts.enrolmentsOf(actor.user.id);
    const results: RolePlayAttemptDto[] = [];
    for (const enrolment of enrolments) {
      const content = await this.curriculum.content((await this.cohorts.find(enrolment.cohortId)) as Cohort);
      for (const attempt of await this.attempts.forEnrolments([enrolment.id])) {
        // A draft is the observer's notes in progress: the trainee sees marks once they are signed.
        const shown = attempt.status === 'signed' ? attempt : { ...attempt, overallFeedback: null, draftResult: null, criteria: attempt.criteria.map((c) => ({ ...c, shown: null, feedback: null })) };
        results.push(toDto(shown, enrolment, scenarioOf(content, attempt.scenarioId)));
      }
    }
    return results;
  }

  async save(actor: Principal, attemptId: string, marks: CriterionMarkRequest[], overallFeedback: string | undefined, draftResult: RolePlayResultValue | null): Promise<RolePlayAttemptDto> {
    const context = await this.observedContext(actor, attemptId);
    const criteria = mergeMarks(context, marks);
    if (!(await this.attempts.saveDraft(attemptId, criteria, overallFeedback?.trim() || null, draftResult, actor.user.id))) {
      throw new ConflictException('This attempt is signed and locked: start a new attempt to correct it');
    }
    await this.audit.record({ actorId: actor.user.id, action: 'role_play.save', subjectType: 'role_play_attempt', subjectId: attemptId, people: [context.enrolment.traineeId] });
    return this.map(await this.context(attemptId));
  }

  /** Signs once; afterwards the attempt is locked. */
  async sign(actor: Principal, attemptId: string, result: RolePlayResultValue): Promise<RolePlayAttemptDto> {
    const context = await this.observedContext(actor, attemptId);
    if (context.attempt.status === 'signed') throw new ConflictException('This attempt is already signed');
    const unmarked = context.attempt.criteria.filter((c) => c.shown === null).map((c) => c.criterionId);
    if (unmarked.length > 0) {
      throw new RequestValidationError([{ field: 'criteria', rule: 'allMarked', message: `mark every criterion before signing; unmarked: ${unmarked.join(', ')}` }]);
    }
    if (result === 'passed' && context.attempt.criteria.some((c) => !c.shown)) {
      throw new RequestValidationError([{ field: 'result', rule: 'allShown', message: 'result can be passed only when every criterion is shown' }]);
    }
    if (!(await this.attempts.sign(attemptId, result, actor.user.id))) throw new ConflictException('This attempt is already signed');
    await this.audit.record({ actorId: actor.user.id, action: 'role_play.sign', subjectType: 'role_play_attempt', subjectId: attemptId, details: { result }, people: [context.enrolment.traineeId] });
    return this.map(await this.context(attemptId));
  }

  /** The trainee's own reflection, before or after signing. */
  async reflect(actor: Principal, attemptId: string, text: string): Promise<RolePlayAttemptDto> {
    const attempt = await this.attempts.find(attemptId);
    if (!attempt) throw new OutOfReach();
    await this.access.ownEnrolment(actor, attempt.enrolmentId);
    const context = await this.context(attemptId);
    await this.attempts.addReflection(attemptId, text.trim(), context.attempt.status === 'signed');
    return this.map(await this.context(attemptId));
  }

  /** Only a course leader of the trainee's own cohort observes and signs; another cohort looks like none. */
  private async assertObserver(actor: Principal, cohortId: string): Promise<void> {
    if (actor.user.role !== 'course_leader') throw new ForbiddenException('Only a course leader of the trainee’s cohort may observe and sign');
    await this.access.assertStaff(actor, cohortId);
  }

  private async enrolmentIn(actor: Principal, cohortId: string, enrolmentId: string): Promise<{ enrolment: Enrolment; content: CourseVersionContent }> {
    const enrolment = await this.access.staffEnrolment(actor, cohortId, enrolmentId);
    const cohort = (await this.cohorts.find(cohortId)) as Cohort;
    return { enrolment, content: await this.curriculum.content(cohort) };
  }

  private async activeEnrolment(actor: Principal, cohortId: string, enrolmentId: string) {
    const found = await this.enrolmentIn(actor, cohortId, enrolmentId);
    if (found.enrolment.withdrawnAt) throw new ConflictException('The trainee has withdrawn from this cohort');
    return found;
  }

  /** The attempt, when the observer reaches its trainee through her enrolment; otherwise it looks like none. */
  private async observedContext(actor: Principal, attemptId: string): Promise<AttemptContext> {
    if (actor.user.role !== 'course_leader') throw new ForbiddenException('Only a course leader of the trainee’s cohort may observe and sign');
    const attempt = await this.attempts.find(attemptId);
    if (!attempt) throw new OutOfReach();
    await this.access.staffEnrolmentById(actor, attempt.enrolmentId);
    return this.context(attemptId);
  }

  private async context(attemptId: string): Promise<AttemptContext> {
    const attempt = await this.attempts.find(attemptId);
    const enrolment = attempt && (await this.cohorts.enrolment(attempt.enrolmentId));
    if (!attempt || !enrolment) throw new OutOfReach();
    const cohort = (await this.cohorts.find(enrolment.cohortId)) as Cohort;
    const content = await this.curriculum.content(cohort);
    return { attempt, enrolment, cohort, scenario: scenarioOf(content, attempt.scenarioId) };
  }

  private map(context: AttemptContext): RolePlayAttemptDto {
    return toDto(context.attempt, context.enrolment, context.scenario);
  }
}

function scenarioOf(content: CourseVersionContent, scenarioId: string): RolePlayScenario {
  const scenario = content.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new NotFoundException(`Scenario ${scenarioId} is not in this curriculum version`);
  return scenario;
}

function mergeMarks(context: AttemptContext, marks: CriterionMarkRequest[]): CriterionMark[] {
  const known = new Set(context.scenario.rubric.map((c) => c.id));
  const errors = marks.flatMap((m, i) =>
    known.has(m.criterionId) ? [] : [{ field: `criteria.${i}.criterionId`, rule: 'inRubric', message: `${m.criterionId} is not a criterion of this scenario` }],
  );
  if (errors.length > 0) throw new RequestValidationError(errors);
  const byId = new Map(marks.map((m) => [m.criterionId, m]));
  return context.attempt.criteria.map((c) => {
    const mark = byId.get(c.criterionId);
    return mark ? { criterionId: c.criterionId, shown: mark.shown, feedback: mark.feedback?.trim() || null } : c;
  });
}

function toDto(attempt: RolePlayAttempt, enrolment: Enrolment, scenario: RolePlayScenario): RolePlayAttemptDto {
  const textOf = new Map(scenario.rubric.map((c) => [c.id, c.text]));
  return {
    id: attempt.id,
    enrolmentId: attempt.enrolmentId,
    traineeName: enrolment.name,
    scenarioId: attempt.scenarioId,
    scenarioTitle: scenario.title,
    attempt: attempt.attempt,
    status: attempt.status,
    criteria: attempt.criteria.map((c) => ({ ...c, text: textOf.get(c.criterionId) ?? { sv: c.criterionId, en: c.criterionId } })),
    overallFeedback: attempt.overallFeedback,
    result: attempt.result,
    draftResult: attempt.draftResult,
    observer: attempt.observerName,
    createdAt: attempt.createdAt.toISOString(),
    signedAt: attempt.signedAt?.toISOString() ?? null,
    reflections: attempt.reflections.map((r) => ({ id: r.id, text: r.text, afterSigning: r.afterSigning, createdAt: r.createdAt.toISOString() })),
  };
}
