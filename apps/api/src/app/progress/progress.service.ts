import { ForbiddenException, Injectable } from '@nestjs/common';
import {
  PROGRESS_PAGE_SIZE,
  PROGRESS_ATTENTION_CODES,
  PROGRESS_STATE_CODES,
  type AttendanceStatus,
  type CohortProgressDto,
  type CohortProgressPageDto,
  type MakeUpDto,
  type MyEnrolmentDto,
  type ProgressPageRowDto,
  type ProgressRowDto,
  type RequirementColumnDto,
  type TraineeProgressDto,
} from '@peer/contract';
import { type CohortProgressPageQuery, type CohortProgressQuery } from '@peer/contract/validation';
import type { CourseVersionContent } from '@peer/curriculum';
import type { Text } from '@peer/curriculum/model';
import { publicStatus } from '@peer/certification';
import { CompletionResult, evaluateCompletion, type HeldCertificate } from '@peer/progress';
import { AttendanceRepository, MakeUp } from '../attendance/attendance.repository';
import { AuditService } from '../audit/audit.service';
import { RolePlayRepository, RolePlayAttempt } from '../role-plays/role-play.repository';
import { StudyVisit, StudyVisitRepository } from '../study-visits/study-visit.repository';
import type { Principal } from '../auth/principal';
import { OutOfReach, Reach } from '../cohorts/reach';
import { Cohort, CohortRepository, CourseDay, Enrolment } from '../cohorts/cohort.repository';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { mapDay } from '../cohorts/cohorts.service';
import { stockholmToday } from '../common/stockholm-time';
import { Bulkhead, yieldToEventLoop } from './bulkhead';
import { EnrolmentPages } from './enrolment-pages';
import { PrerequisiteCertificates } from './prerequisite-certificates';

/**
 * Matrices built at once per process. One at a time answered more dashboards per second than
 * two in the benchmark and kept the health probe close to its idle latency: a matrix waits on
 * the database for part of its time, and other requests, not other matrices, fill those gaps.
 */
const MATRICES_AT_ONCE = 1;
/** Trainees evaluated between turns of the event loop when a whole cohort is evaluated. */
const EVALUATION_SLICE = 100;

/** The cohort, its schedule and its enrolments: enough to choose whose records to read. */
interface CohortBase {
  cohort: Cohort;
  content: CourseVersionContent;
  days: CourseDay[];
  enrolments: Enrolment[];
}

/** Everything the completion engine needs for the trainees of one cohort, in a fixed number of queries. */
interface CohortRecords extends CohortBase {
  /** One date for the whole read, so every trainee is judged against the same day. */
  today: string;
  marks: Map<string, { dayNumber: number; status: AttendanceStatus; comment: string | null }[]>;
  makeUps: Map<string, MakeUp[]>;
  rolePlays: Map<string, RolePlayAttempt[]>;
  studyVisits: Map<string, StudyVisit[]>;
  /** Certificates of the course's prerequisites by trainee, with their status on this read's clock. */
  certificates: Map<string, HeldCertificate[]>;
  /** Titles of the course's prerequisites. */
  courseTitles: Record<string, Text>;
}

@Injectable()
export class ProgressService {
  private readonly matrices = new Bulkhead(MATRICES_AT_ONCE);

  constructor(
    private readonly cohorts: CohortRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly attendance: AttendanceRepository,
    private readonly rolePlays: RolePlayRepository,
    private readonly studyVisits: StudyVisitRepository,
    private readonly access: Reach,
    private readonly audit: AuditService,
    private readonly enrolmentPages: EnrolmentPages,
    private readonly prerequisites: PrerequisiteCertificates,
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
    await this.access.staffTrainee(actor, cohortId, traineeId);
    const records = await this.load(cohortId, [traineeId]);
    const enrolment = latestEnrolment(records.enrolments.filter((e) => e.traineeId === traineeId));
    if (!enrolment) throw new OutOfReach();
    await this.audit.record({ actorId: actor.user.id, action: 'progress.view', subjectType: 'user', subjectId: traineeId, details: { cohortId }, people: [traineeId] });
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

  /**
   * One page of the cohort × requirement matrix: who is blocked on what. Without a filter only
   * the page's trainees are read and evaluated, so the cost follows the page, not the cohort;
   * a filter needs everyone's verdict and pages over the rows that match.
   */
  async page(actor: Principal, cohortId: string, query: CohortProgressPageQuery): Promise<CohortProgressPageDto> {
    await this.access.assertStaff(actor, cohortId);
    return this.matrices.run(() => this.buildPage(actor, cohortId, query));
  }

  private async buildPage(actor: Principal, cohortId: string, query: CohortProgressPageQuery): Promise<CohortProgressPageDto> {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? PROGRESS_PAGE_SIZE;
    let records: CohortRecords;
    let rows: Evaluated[];
    let total: number;
    if (isFiltered(query)) {
      records = await this.load(cohortId);
      const matching = filterRows(await this.evaluateActive(records), query);
      total = matching.length;
      rows = matching.slice(offset, offset + limit);
    } else {
      const [base, page] = await Promise.all([this.loadBase(cohortId, false), this.enrolmentPages.page(cohortId, offset, limit)]);
      records = await this.loadRecords({ ...base, enrolments: page.enrolments }, page.enrolments, page.enrolments.map((e) => e.traineeId));
      total = page.total;
      rows = page.enrolments.map((enrolment) => ({ enrolment, result: this.evaluate(records, enrolment) }));
    }
    await this.audit.record({ actorId: actor.user.id, action: 'progress.cohort.view', subjectType: 'cohort', subjectId: cohortId, people: rows.map((r) => r.enrolment.traineeId) });
    const requirements = this.columns(records);
    const compact = compactRows(requirements, rows);
    return { cohortId, requirements, reasons: compact.reasons, rows: compact.rows, total, offset, limit };
  }

  /** The whole matrix with every cell spelled out, filtered: what the CSV export holds. */
  async cohort(actor: Principal, cohortId: string, query: CohortProgressQuery): Promise<CohortProgressDto> {
    await this.access.assertStaff(actor, cohortId);
    return this.matrices.run(() => this.buildMatrix(actor, cohortId, query));
  }

  private async buildMatrix(actor: Principal, cohortId: string, query: CohortProgressQuery): Promise<CohortProgressDto> {
    const records = await this.load(cohortId);
    const matching = filterRows(await this.evaluateActive(records), query);
    await this.audit.record({ actorId: actor.user.id, action: 'progress.export.csv', subjectType: 'cohort', subjectId: cohortId, details: { rows: matching.length }, people: matching.map((r) => r.enrolment.traineeId) });
    const rows: ProgressRowDto[] = matching.map(({ enrolment, result }) => ({
      traineeId: enrolment.traineeId,
      enrolmentId: enrolment.id,
      name: enrolment.name,
      certifiable: result.certifiable,
      summary: result.summary,
      cells: Object.fromEntries(result.requirements.map((r) => [r.id, { status: r.status, reason: r.reason, ...(r.attention ? { attention: r.attention } : {}) }])),
    }));
    return { cohortId, requirements: this.columns(records), rows };
  }

  /** The matrix columns: every requirement of the course version, as the engine lists them. */
  private columns(records: CohortRecords): RequirementColumnDto[] {
    return this.evaluate(records, undefined).requirements.map((r) => ({ id: r.id, kind: r.kind, label: r.label }));
  }

  /** Everyone's verdict, a slice at a time, so a large cohort never holds the event loop for long. */
  private async evaluateActive(records: CohortRecords): Promise<Evaluated[]> {
    const evaluated: Evaluated[] = [];
    for (const enrolment of activeInOrder(records.enrolments)) {
      if (evaluated.length > 0 && evaluated.length % EVALUATION_SLICE === 0) await yieldToEventLoop();
      evaluated.push({ enrolment, result: this.evaluate(records, enrolment) });
    }
    return evaluated;
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
      certificates: enrolment ? (records.certificates.get(enrolment.traineeId) ?? []) : [],
      courseTitles: records.courseTitles,
      today: records.today,
    });
  }

  private async load(cohortId: string, traineeIds?: string[]): Promise<CohortRecords> {
    const base = await this.loadBase(cohortId);
    const enrolments = traineeIds ? base.enrolments.filter((e) => traineeIds.includes(e.traineeId)) : base.enrolments;
    return this.loadRecords(base, enrolments, traineeIds);
  }

  /** The cohort with its schedule and, unless the caller reads them its own way, all its enrolments. */
  private async loadBase(cohortId: string, withEnrolments = true): Promise<CohortBase> {
    const cohort = await this.cohorts.find(cohortId);
    if (!cohort) throw new OutOfReach();
    const [content, days, enrolments] = await Promise.all([
      this.curriculum.content(cohort),
      this.cohorts.days(cohortId),
      withEnrolments ? this.cohorts.enrolments(cohortId) : Promise.resolve([]),
    ]);
    return { cohort, content, days, enrolments };
  }

  /**
   * The records of the given enrolments, one query per kind of record whatever their number.
   * Attendance is read for `traineeIds`, or for the whole cohort without them.
   */
  private async loadRecords(base: CohortBase, enrolments: Enrolment[], traineeIds?: string[]): Promise<CohortRecords> {
    const { days } = base;
    const dayNumberOf = new Map(days.map((d) => [d.id, d.dayNumber]));
    const enrolmentIds = enrolments.map((e) => e.id);
    // Only a course with prerequisites reads certificates: two more queries, whatever the number of trainees.
    const required = [...base.content.course.prerequisites];
    const now = new Date();
    const [marks, makeUps, rolePlays, studyVisits, certificates, titles] = await Promise.all([
      traineeIds?.length === 0 ? Promise.resolve([]) : this.attendance.marks(days.map((d) => d.id), traineeIds),
      this.attendance.makeUps(enrolmentIds),
      this.rolePlays.forEnrolments(enrolmentIds),
      this.studyVisits.forEnrolments(enrolmentIds),
      required.length === 0 || traineeIds?.length === 0 ? Promise.resolve([]) : this.prerequisites.certificates(required, { cohortId: base.cohort.id, traineeIds }),
      required.length === 0 ? Promise.resolve(new Map<string, Text>()) : this.prerequisites.titles(required),
    ]);
    return {
      ...base,
      enrolments,
      today: stockholmToday(),
      marks: groupBy(marks.map((m) => ({ traineeId: m.traineeId, dayNumber: dayNumberOf.get(m.courseDayId) as number, status: m.status, comment: m.comment })), (m) => m.traineeId),
      makeUps: groupBy(makeUps, (m) => m.enrolmentId),
      rolePlays: groupBy(rolePlays, (a) => a.enrolmentId),
      studyVisits: groupBy(studyVisits, (v) => v.enrolmentId),
      certificates: groupBy(
        certificates.map((c) => ({ traineeId: c.traineeId, courseId: c.courseId, status: publicStatus(c, now) })),
        (c) => c.traineeId,
      ),
      courseTitles: Object.fromEntries(titles),
    };
  }
}

interface Evaluated {
  enrolment: Enrolment;
  result: CompletionResult;
}

function isFiltered(query: CohortProgressQuery): boolean {
  return (query.show !== undefined && query.show !== 'all') || Boolean(query.requirement);
}

/** `blocked`: any requirement unmet; `certifiable`: none; `requirement`: that one unmet. */
function filterRows(rows: Evaluated[], query: CohortProgressQuery): Evaluated[] {
  return rows.filter(({ result }) => {
    if (query.show === 'blocked' && result.certifiable) return false;
    if (query.show === 'certifiable' && !result.certifiable) return false;
    if (query.requirement) {
      const requirement = result.requirements.find((r) => r.id === query.requirement);
      if (!requirement || requirement.status === 'met') return false;
    }
    return true;
  });
}

/**
 * The active enrolments in the repository's order (by name, then enrolment time), with ties
 * broken by id: trainees imported together share a name and a time, and a page boundary must
 * not fall differently from one request to the next.
 */
function activeInOrder(enrolments: Enrolment[]): Enrolment[] {
  const active = enrolments.filter((e) => !e.withdrawnAt);
  const ordered: Enrolment[] = [];
  for (let start = 0; start < active.length; ) {
    const first = active[start] as Enrolment;
    let end = start + 1;
    while (end < active.length && active[end]?.name === first.name && active[end]?.enrolledAt.getTime() === first.enrolledAt.getTime()) end++;
    ordered.push(...active.slice(start, end).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    start = end;
  }
  return ordered;
}

/** Each distinct reason once, cells as a state letter and a reason index. */
function compactRows(columns: RequirementColumnDto[], rows: Evaluated[]): { reasons: Text[]; rows: ProgressPageRowDto[] } {
  const reasons: Text[] = [];
  const indexOf = new Map<string, number>();
  const reasonIndex = (reason: Text): number => {
    const key = `${reason.sv}\u0000${reason.en}`;
    let index = indexOf.get(key);
    if (index === undefined) {
      index = reasons.push(reason) - 1;
      indexOf.set(key, index);
    }
    return index;
  };
  return {
    reasons,
    rows: rows.map(({ enrolment, result }) => {
      const byId = new Map(result.requirements.map((r) => [r.id, r]));
      let states = '';
      const cellReasons: number[] = [];
      for (const column of columns) {
        const cell = byId.get(column.id);
        states += cell ? (cell.attention ? PROGRESS_ATTENTION_CODES[cell.attention] : PROGRESS_STATE_CODES[cell.status]) : '-';
        cellReasons.push(cell ? reasonIndex(cell.reason) : -1);
      }
      return {
        traineeId: enrolment.traineeId,
        enrolmentId: enrolment.id,
        name: enrolment.name,
        certifiable: result.certifiable,
        summary: result.summary,
        states,
        reasons: cellReasons,
      };
    }),
  };
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
