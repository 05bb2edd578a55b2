import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  CohortDto,
  CohortSummaryDto,
  CourseDaySlotDto,
  EnrolmentDto,
  ImportEnrolmentsResponse,
  InvitationDto,
} from '@peer/contract';
import type { CreateCohortRequest, EnrolRequest, ScheduleDayRequest } from '@peer/contract/validation';
import type { CourseVersionContent } from '@peer/curriculum';
import { normalizeEmail } from '../accounts/user';
import { UserRepository } from '../accounts/user.repository';
import { AuditService } from '../audit/audit.service';
import { organisationOf, type Principal } from '../auth/principal';
import { RequestValidationError } from '../common/validation';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { Reach } from './reach';
import { Cohort, CohortRepository, CohortSummary, CourseDay, Enrolment } from './cohort.repository';
import { parseEnrolmentCsv } from './enrolment-csv';
import { InvitationsService } from './invitations/invitations.service';

@Injectable()
export class CohortsService {
  constructor(
    private readonly cohorts: CohortRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly users: UserRepository,
    private readonly access: Reach,
    private readonly audit: AuditService,
    private readonly invitations: InvitationsService,
  ) {}

  async create(actor: Principal, request: CreateCohortRequest): Promise<CohortDto> {
    const organisationId = organisationOf(actor);
    const version = await this.curriculum.version(request.courseId, request.version);
    if (!version) throw invalid('version', 'published', `${request.courseId} has no published version ${request.version}`);
    if (version.organisationId !== null && version.organisationId !== organisationId) {
      throw invalid('courseId', 'published', `${request.courseId} is another organisation's own module`);
    }
    const leaderIds = new Set(request.leaderIds ?? []);
    // Naming a leader gives that person reach over the trainees' records: only administrators do it.
    if (actor.user.role !== 'admin' && [...leaderIds].some((id) => id !== actor.user.id)) {
      throw new ForbiddenException('Only administrators name the leaders of a cohort');
    }
    await this.assertLeaders(organisationId, leaderIds);
    if (actor.user.role === 'course_leader') leaderIds.add(actor.user.id);
    const cohort = await this.cohorts.create(
      { name: request.name.trim(), courseId: request.courseId, version: request.version, organisationId },
      [...leaderIds],
      actor.user.id,
    );
    await this.audit.record({ actorId: actor.user.id, action: 'cohort.create', subjectType: 'cohort', subjectId: cohort.id });
    return this.get(actor, cohort.id);
  }

  async list(actor: Principal): Promise<CohortSummaryDto[]> {
    const summaries = await this.cohorts.summaries(actor.user.role === 'admin' ? { organisationId: organisationOf(actor) } : { leaderId: actor.user.id });
    return Promise.all(summaries.map(async (s) => this.mapSummary(s, await this.contentOf(s))));
  }

  /** The roster holds personal data: every read is audited. */
  async get(actor: Principal, cohortId: string): Promise<CohortDto> {
    await this.access.assertStaff(actor, cohortId);
    const [summary] = await this.cohorts.summaries({ ids: [cohortId] });
    if (!summary) throw new NotFoundException('No such cohort');
    const [content, days, enrolments, invitations] = await Promise.all([
      this.contentOf(summary),
      this.cohorts.days(cohortId),
      this.cohorts.enrolments(cohortId),
      this.invitations.ofCohort(cohortId),
    ]);
    await this.audit.record({ actorId: actor.user.id, action: 'cohort.roster.view', subjectType: 'cohort', subjectId: cohortId, people: enrolments.map((e) => e.traineeId) });
    return {
      ...this.mapSummary(summary, content),
      days: days.map((day) => mapDay(day, content)),
      enrolments: enrolments.map(mapEnrolment),
      invitations,
    };
  }

  /** Only administrators change who leads a cohort. */
  async setLeaders(actor: Principal, cohortId: string, leaderIds: string[]): Promise<void> {
    if (actor.user.role !== 'admin') throw new ForbiddenException('Only administrators change the leaders of a cohort');
    await this.access.assertStaff(actor, cohortId);
    await this.assertLeaders(organisationOf(actor), new Set(leaderIds));
    await this.cohorts.setLeaders(cohortId, leaderIds);
    await this.audit.record({ actorId: actor.user.id, action: 'cohort.leaders.set', subjectType: 'cohort', subjectId: cohortId, details: { leaderIds }, people: leaderIds });
  }

  /** Leaders come from the cohort's own organisation; anyone else is refused like an unknown id. */
  private async assertLeaders(organisationId: string, leaderIds: Set<string>): Promise<void> {
    for (const id of leaderIds) {
      const user = await this.users.findById(id);
      if (user?.role !== 'course_leader' || user.organisationId !== organisationId) throw invalid('leaderIds', 'courseLeader', `${id} is not a course leader`);
    }
  }

  /** Schedules a curriculum day, or moves it when it is already scheduled. */
  async scheduleDay(actor: Principal, cohortId: string, dayNumber: number, request: ScheduleDayRequest): Promise<CourseDaySlotDto> {
    await this.access.assertStaff(actor, cohortId);
    const cohort = (await this.cohorts.find(cohortId)) as Cohort;
    const content = await this.curriculum.content(cohort);
    if (dayNumber > content.course.dayCount) {
      throw invalid('dayNumber', 'max', `dayNumber must be at most ${content.course.dayCount}: the course has ${content.course.dayCount} days`);
    }
    if (request.endTime <= request.startTime) throw invalid('endTime', 'afterStart', 'endTime must be later than startTime');
    const before = await this.cohorts.day(cohortId, dayNumber);
    const day = await this.cohorts.scheduleDay({ cohortId, dayNumber, date: request.date, startTime: request.startTime, endTime: request.endTime, place: request.place.trim() });
    await this.audit.record({
      actorId: actor.user.id,
      action: before ? 'course_day.move' : 'course_day.schedule',
      subjectType: 'course_day',
      subjectId: day.id,
      details: { dayNumber, from: before ? { date: before.date, startTime: before.startTime, endTime: before.endTime, place: before.place } : null, to: request },
    });
    return mapDay(day, content);
  }

  /** Invites the person: she joins the cohort when she accepts. The answer is the same whoever the e-mail belongs to. */
  async enrol(actor: Principal, cohortId: string, request: EnrolRequest): Promise<InvitationDto> {
    await this.access.assertStaff(actor, cohortId);
    const [invitation] = await this.invitations.invite(actor, cohortId, [{ line: 0, name: request.name.trim(), email: normalizeEmail(request.email) }], (_, rule, message) => ({
      field: 'email',
      rule,
      message,
    }));
    return invitation as InvitationDto;
  }

  /** All rows valid, or nothing imported: every bad row is named with its line. */
  async importCsv(actor: Principal, cohortId: string, csv: string): Promise<ImportEnrolmentsResponse> {
    await this.access.assertStaff(actor, cohortId);
    const parsed = parseEnrolmentCsv(csv);
    if (parsed.errors.length > 0) throw new RequestValidationError(parsed.errors);
    const invited = await this.invitations.invite(actor, cohortId, parsed.trainees, (line, rule, message) => ({
      field: `csv.line${line}.email`,
      rule,
      message: `line ${line}: ${message}`,
    }));
    return { invited };
  }

  async withdraw(actor: Principal, cohortId: string, enrolmentId: string, reason: string): Promise<void> {
    await this.access.assertStaff(actor, cohortId);
    const enrolment = await this.cohorts.enrolment(enrolmentId);
    if (!enrolment || enrolment.cohortId !== cohortId) throw new NotFoundException('No such enrolment in this cohort');
    if (enrolment.withdrawnAt) throw new ConflictException('The trainee has already withdrawn');
    await this.cohorts.withdraw(enrolmentId, reason.trim());
    await this.audit.record({ actorId: actor.user.id, action: 'enrolment.withdraw', subjectType: 'enrolment', subjectId: enrolmentId, people: [enrolment.traineeId] });
  }

  private contentOf(cohort: Cohort): Promise<CourseVersionContent> {
    return this.curriculum.content(cohort);
  }

  private mapSummary(summary: CohortSummary, content: CourseVersionContent): CohortSummaryDto {
    return {
      id: summary.id,
      name: summary.name,
      courseId: summary.courseId,
      version: summary.version,
      courseTitle: content.course.title,
      dayCount: content.course.dayCount,
      scheduledDays: summary.scheduledDays,
      firstDate: summary.firstDate,
      lastDate: summary.lastDate,
      leaders: summary.leaders,
      traineeCount: summary.traineeCount,
    };
  }
}

export function mapDay(day: CourseDay, content: CourseVersionContent): CourseDaySlotDto {
  const title = content.course.days.find((d) => d.number === day.dayNumber)?.title ?? { sv: `Dag ${day.dayNumber}`, en: `Day ${day.dayNumber}` };
  return { id: day.id, dayNumber: day.dayNumber, title, date: day.date, startTime: day.startTime, endTime: day.endTime, place: day.place };
}

export function mapEnrolment(enrolment: Enrolment): EnrolmentDto {
  return {
    id: enrolment.id,
    traineeId: enrolment.traineeId,
    name: enrolment.name,
    email: enrolment.email,
    enrolledAt: enrolment.enrolledAt.toISOString(),
    withdrawnAt: enrolment.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: enrolment.withdrawalReason,
  };
}

function invalid(field: string, rule: string, message: string): BadRequestException {
  return new RequestValidationError([{ field, rule, message }]);
}
