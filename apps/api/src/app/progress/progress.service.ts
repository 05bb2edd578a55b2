import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  AttendanceStatus,
  CohortProgressDto,
  CohortProgressQuery,
  MakeUpDto,
  MyEnrolmentDto,
  ProgressRowDto,
  TraineeProgressDto,
} from '@peer/contract';
import type { CourseVersionContent } from '@peer/curriculum';
import { CompletionResult, evaluateCompletion } from '@peer/progress';
import { AttendanceRepository, MakeUp } from '../attendance/attendance.repository';
import { AuditService } from '../audit/audit.service';
import { RolePlayRepository, RolePlayAttempt } from '../role-plays/role-play.repository';
import { StudyVisit, StudyVisitRepository } from '../study-visits/study-visit.repository';
import type { Principal } from '../auth/principal';
import { CohortAccess } from '../cohorts/cohort-access';
import { Cohort, CohortRepository, CourseDay, Enrolment } from '../cohorts/cohort.repository';
import { mapDay } from '../cohorts/cohorts.service';
import { stockholmToday } from '../common/stockholm-time';

/** Everything the completion engine needs for the trainees of one cohort, in a fixed number of queries. */
interface CohortRecords {
  cohort: Cohort;
  content: CourseVersionContent;
  days: CourseDay[];
  enrolments: Enrolment[];
  marks: Map<string, { dayNumber: number; status: AttendanceStatus; comment: string | null }[]>;
  makeUps: Map<string, MakeUp[]>;
  rolePlays: Map<string, RolePlayAttempt[]>;
  studyVisits: Map<string, StudyVisit[]>;
}

@Injectable()
export class ProgressService {
  constructor(
    private readonly cohorts: CohortRepository,
    private readonly attendance: AttendanceRepository,
    private readonly rolePlays: RolePlayRepository,
    private readonly studyVisits: StudyVisitRepository,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
  ) {}

  /** The trainee's own cohorts, schedule, attendance, make-ups and what is missing. */
  async mine(actor: Principal): Promise<MyEnrolmentDto[]> {
    if (actor.user.role !== 'trainee') throw new ForbiddenException('Only trainees have their own training');
    const enrolments = await this.cohorts.enrolmentsOf(actor.user.id);
    return Promise.all(
      enrolments.map(async (enrolment) => {
        const records = await this.load(enrolment.cohortId, [actor.user.id]);
        const [summary] = await this.cohorts.summaries({ ids: [enrolment.cohortId] });
        const notices = await this.attendance.notices(records.days.map((d) => d.id), [actor.user.id]);
        const noticed = new Set(notices.map((n) => n.courseDayId));
        const marks = new Map((records.marks.get(actor.user.id) ?? []).map((m) => [m.dayNumber, m]));
        const own = records.enrolments.find((e) => e.id === enrolment.id) as Enrolment;
        return {
          enrolmentId: enrolment.id,
          cohort: {
            id: records.cohort.id,
            name: records.cohort.name,
            courseId: records.cohort.courseId,
            version: records.cohort.version,
            courseTitle: records.content.course.title,
            dayCount: records.content.course.dayCount,
            scheduledDays: records.days.length,
            firstDate: summary?.firstDate ?? null,
            lastDate: summary?.lastDate ?? null,
            leaders: summary?.leaders ?? [],
            traineeCount: summary?.traineeCount ?? 0,
          },
          days: records.days.map((day) => ({
            ...mapDay(day, records.content),
            status: marks.get(day.dayNumber)?.status ?? null,
            comment: marks.get(day.dayNumber)?.comment ?? null,
            absenceReported: noticed.has(day.id),
          })),
          makeUps: (records.makeUps.get(enrolment.id) ?? []).map(mapMakeUp),
          result: this.evaluate(records, own),
        };
      }),
    );
  }

  /** Staff see exactly the engine result the trainee sees. */
  async trainee(actor: Principal, cohortId: string, traineeId: string): Promise<TraineeProgressDto> {
    await this.access.assertStaff(actor, cohortId);
    const records = await this.load(cohortId, [traineeId]);
    const enrolment = latestEnrolment(records.enrolments.filter((e) => e.traineeId === traineeId));
    if (!enrolment) throw new NotFoundException('The trainee is not enrolled in this cohort');
    await this.audit.record({ actorId: actor.user.id, action: 'progress.view', subjectType: 'user', subjectId: traineeId, details: { cohortId } });
    return { trainee: { id: traineeId, name: enrolment.name }, cohortId, result: this.evaluate(records, enrolment) };
  }

  /** The engine's verdict for one trainee of a cohort, for certification. */
  async evaluateTrainee(cohortId: string, traineeId: string): Promise<{ enrolment: Enrolment; content: CourseVersionContent; cohort: Cohort; result: CompletionResult; lastDay: string | null } | null> {
    const records = await this.load(cohortId, [traineeId]);
    const enrolment = records.enrolments.find((e) => e.traineeId === traineeId && !e.withdrawnAt);
    if (!enrolment) return null;
    const lastDay = records.days.map((d) => d.date).sort().at(-1) ?? null;
    return { enrolment, content: records.content, cohort: records.cohort, result: this.evaluate(records, enrolment), lastDay };
  }

  /** Every active trainee of a cohort with the engine's verdict (a fixed number of queries). */
  async evaluateCohort(cohortId: string): Promise<{ content: CourseVersionContent; cohort: Cohort; lastDay: string | null; trainees: { enrolment: Enrolment; result: CompletionResult }[] }> {
    const records = await this.load(cohortId);
    return {
      content: records.content,
      cohort: records.cohort,
      lastDay: records.days.map((d) => d.date).sort().at(-1) ?? null,
      trainees: records.enrolments.filter((e) => !e.withdrawnAt).map((enrolment) => ({ enrolment, result: this.evaluate(records, enrolment) })),
    };
  }

  /** The cohort × requirement matrix: who is blocked on what. */
  async cohort(actor: Principal, cohortId: string, query: CohortProgressQuery): Promise<CohortProgressDto> {
    await this.access.assertStaff(actor, cohortId);
    const records = await this.load(cohortId);
    await this.audit.record({ actorId: actor.user.id, action: 'progress.cohort.view', subjectType: 'cohort', subjectId: cohortId });
    const active = records.enrolments.filter((e) => !e.withdrawnAt);
    let rows: ProgressRowDto[] = active.map((enrolment) => {
      const result = this.evaluate(records, enrolment);
      return {
        traineeId: enrolment.traineeId,
        enrolmentId: enrolment.id,
        name: enrolment.name,
        certifiable: result.certifiable,
        summary: result.summary,
        cells: Object.fromEntries(result.requirements.map((r) => [r.id, { status: r.status, reason: r.reason }])),
      };
    });
    if (query.show === 'blocked') rows = rows.filter((r) => !r.certifiable);
    if (query.show === 'certifiable') rows = rows.filter((r) => r.certifiable);
    if (query.requirement) {
      const id = query.requirement;
      rows = rows.filter((r) => r.cells[id] && r.cells[id].status !== 'met');
    }
    const first = active[0] ? this.evaluate(records, active[0]) : this.evaluate(records, undefined);
    return {
      cohortId,
      requirements: first.requirements.map((r) => ({ id: r.id, kind: r.kind, label: r.label })),
      rows,
    };
  }

  private evaluate(records: CohortRecords, enrolment: Enrolment | undefined): CompletionResult {
    const marks = enrolment ? (records.marks.get(enrolment.traineeId) ?? []) : [];
    return evaluateCompletion({
      content: records.content,
      schedule: records.days.map((d) => ({ dayNumber: d.dayNumber, date: d.date })),
      attendance: marks.map((m) => ({ dayNumber: m.dayNumber, status: m.status })),
      makeUps: enrolment
        ? (records.makeUps.get(enrolment.id) ?? []).map((m) => ({ dayNumber: m.dayNumber, method: m.method, date: m.recordedAt.toISOString().slice(0, 10) }))
        : [],
      rolePlays: enrolment
        ? (records.rolePlays.get(enrolment.id) ?? [])
            .filter((a) => a.status === 'signed' && a.result && a.signedAt)
            .map((a) => ({ scenarioId: a.scenarioId, result: a.result as 'passed' | 'not_yet', signedAt: (a.signedAt as Date).toISOString() }))
        : [],
      studyVisits: enrolment ? (records.studyVisits.get(enrolment.id) ?? []).map((v) => ({ requirementId: v.requirementId, status: v.status })) : [],
      withdrawn: enrolment?.withdrawnAt != null,
      today: stockholmToday(),
    });
  }

  private async load(cohortId: string, traineeIds?: string[]): Promise<CohortRecords> {
    const cohort = await this.cohorts.find(cohortId);
    if (!cohort) throw new NotFoundException('No such cohort');
    const [content, days, allEnrolments] = await Promise.all([
      this.cohorts.content(cohort),
      this.cohorts.days(cohortId),
      this.cohorts.enrolments(cohortId),
    ]);
    const enrolments = traineeIds ? allEnrolments.filter((e) => traineeIds.includes(e.traineeId)) : allEnrolments;
    const dayNumberOf = new Map(days.map((d) => [d.id, d.dayNumber]));
    const enrolmentIds = enrolments.map((e) => e.id);
    const [marks, makeUps, rolePlays, studyVisits] = await Promise.all([
      this.attendance.marks(days.map((d) => d.id), traineeIds),
      this.attendance.makeUps(enrolmentIds),
      this.rolePlays.forEnrolments(enrolmentIds),
      this.studyVisits.forEnrolments(enrolmentIds),
    ]);
    return {
      cohort,
      content,
      days,
      enrolments,
      marks: groupBy(marks.map((m) => ({ traineeId: m.traineeId, dayNumber: dayNumberOf.get(m.courseDayId) as number, status: m.status, comment: m.comment })), (m) => m.traineeId),
      makeUps: groupBy(makeUps, (m) => m.enrolmentId),
      rolePlays: groupBy(rolePlays, (a) => a.enrolmentId),
      studyVisits: groupBy(studyVisits, (v) => v.enrolmentId),
    };
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function latestEnrolment(enrolments: Enrolment[]): Enrolment | undefined {
  return enrolments.find((e) => !e.withdrawnAt) ?? enrolments.at(-1);
}

export function mapMakeUp(makeUp: MakeUp): MakeUpDto {
  return {
    id: makeUp.id,
    dayNumber: makeUp.dayNumber,
    method: makeUp.method,
    hostCohortName: makeUp.hostCohortName,
    note: makeUp.note,
    recordedAt: makeUp.recordedAt.toISOString(),
    recordedBy: makeUp.recordedByName,
  };
}
