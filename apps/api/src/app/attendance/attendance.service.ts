import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { AttendanceChangeDto, AttendanceMarkRequest, DayAttendanceDto, MakeUpCandidateDto } from '@peer/contract';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { CohortAccess } from '../cohorts/cohort-access';
import { Cohort, CohortRepository, CourseDay } from '../cohorts/cohort.repository';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { mapDay } from '../cohorts/cohorts.service';
import { stockholmToday } from '../common/stockholm-time';
import { RequestValidationError } from '../common/validation';
import { AttendanceRepository } from './attendance.repository';

const ABSENT = new Set(['absent_excused', 'absent_unexcused']);

@Injectable()
export class AttendanceService {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly cohorts: CohortRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
  ) {}

  async day(actor: Principal, cohortId: string, dayNumber: number): Promise<DayAttendanceDto> {
    await this.access.assertStaff(actor, cohortId);
    const { cohort, day } = await this.scheduledDay(cohortId, dayNumber);
    const [content, enrolments, marks, notices] = await Promise.all([
      this.curriculum.content(cohort),
      this.cohorts.enrolments(cohortId),
      this.attendance.marks([day.id]),
      this.attendance.notices([day.id]),
    ]);
    const markOf = new Map(marks.map((m) => [m.traineeId, m]));
    const noticeOf = new Map(notices.map((n) => [n.traineeId, n]));
    await this.audit.record({ actorId: actor.user.id, action: 'attendance.view', subjectType: 'course_day', subjectId: day.id });
    return {
      day: mapDay(day, content),
      rows: enrolments
        .filter((e) => !e.withdrawnAt)
        .map((e) => {
          const notice = noticeOf.get(e.traineeId);
          return {
            traineeId: e.traineeId,
            name: e.name,
            status: markOf.get(e.traineeId)?.status ?? null,
            comment: markOf.get(e.traineeId)?.comment ?? null,
            notice: notice ? { reason: notice.reason, reportedAt: notice.reportedAt.toISOString() } : null,
          };
        }),
    };
  }

  /** Marks several trainees at once; every change is kept with who, when, from and to. */
  async mark(actor: Principal, cohortId: string, dayNumber: number, marks: AttendanceMarkRequest[]): Promise<{ changed: number }> {
    await this.access.assertStaff(actor, cohortId);
    const { day } = await this.scheduledDay(cohortId, dayNumber);
    const enrolled = new Set((await this.cohorts.enrolments(cohortId)).filter((e) => !e.withdrawnAt).map((e) => e.traineeId));
    const seen = new Set<string>();
    const errors = marks.flatMap((mark, i) => {
      if (!enrolled.has(mark.traineeId)) {
        return [{ field: `marks.${i}.traineeId`, rule: 'enrolled', message: `marks.${i}.traineeId is not a trainee of this cohort` }];
      }
      if (seen.has(mark.traineeId)) {
        return [{ field: `marks.${i}.traineeId`, rule: 'unique', message: `marks.${i}.traineeId appears twice` }];
      }
      seen.add(mark.traineeId);
      return [];
    });
    if (errors.length > 0) throw new RequestValidationError(errors);
    const changed = await this.attendance.saveMarks(
      marks.map((m) => ({ courseDayId: day.id, traineeId: m.traineeId, status: m.status, comment: m.comment?.trim() || null })),
      actor.user.id,
    );
    return { changed };
  }

  async history(actor: Principal, cohortId: string, traineeId?: string): Promise<AttendanceChangeDto[]> {
    await this.access.assertStaff(actor, cohortId);
    const changes = await this.attendance.history(cohortId, traineeId);
    return changes.map((c) => ({
      dayNumber: c.dayNumber,
      traineeId: c.traineeId,
      traineeName: c.traineeName,
      from: c.fromStatus,
      to: c.toStatus,
      comment: c.comment,
      changedBy: c.changedByName,
      changedAt: c.changedAt.toISOString(),
    }));
  }

  /** Who could make up this curriculum day here: staff see names of other cohorts' trainees, audited. */
  async makeUpCandidates(actor: Principal, cohortId: string, dayNumber: number): Promise<MakeUpCandidateDto[]> {
    await this.access.assertStaff(actor, cohortId);
    const { cohort } = await this.scheduledDay(cohortId, dayNumber);
    const candidates = await this.attendance.openMakeUps(cohort.courseId, dayNumber, cohortId);
    await this.audit.record({ actorId: actor.user.id, action: 'make_up.candidates.view', subjectType: 'cohort', subjectId: cohortId, details: { dayNumber, count: candidates.length } });
    return candidates;
  }

  /** A trainee tells in advance that they will miss a course day of their own cohort. */
  async reportAbsence(actor: Principal, courseDayId: string, reason: string | undefined): Promise<void> {
    const day = await this.cohorts.dayById(courseDayId);
    const enrolled = day && (await this.cohorts.enrolmentsOf(actor.user.id)).some((e) => e.cohortId === day.cohortId);
    if (!day || !enrolled) throw new NotFoundException('No such course day in your cohorts');
    if (day.date < stockholmToday()) {
      throw new RequestValidationError([{ field: 'courseDayId', rule: 'future', message: 'an absence can only be reported before the day' }]);
    }
    await this.attendance.saveNotice({ courseDayId, traineeId: actor.user.id, reason: reason?.trim() || null });
  }

  /**
   * The host cohort's leader records that a trainee of another cohort of the
   * same course attended this curriculum day, closing the trainee's make-up.
   */
  async recordGuest(actor: Principal, hostCohortId: string, dayNumber: number, traineeId: string): Promise<{ id: string }> {
    await this.access.assertStaff(actor, hostCohortId);
    const { cohort: host, day: hostDay } = await this.scheduledDay(hostCohortId, dayNumber);
    const home = await this.homeEnrolment(traineeId, host);
    if (!home) {
      throw new ConflictException('The trainee has no active enrolment in another cohort of this course');
    }
    return this.addMakeUp(actor, home.cohort, home.enrolmentId, dayNumber, 'other-cohort', hostDay.id, null);
  }

  /** The trainee's own leader approves a compensatory assignment for a missed day. */
  async approveAssignment(actor: Principal, cohortId: string, enrolmentId: string, dayNumber: number, note: string): Promise<{ id: string }> {
    await this.access.assertStaff(actor, cohortId);
    const enrolment = await this.cohorts.enrolment(enrolmentId);
    if (!enrolment || enrolment.cohortId !== cohortId || enrolment.withdrawnAt) throw new NotFoundException('No such active enrolment in this cohort');
    const cohort = (await this.cohorts.find(cohortId)) as Cohort;
    return this.addMakeUp(actor, cohort, enrolmentId, dayNumber, 'assignment', null, note.trim());
  }

  private async addMakeUp(
    actor: Principal,
    home: Cohort,
    enrolmentId: string,
    dayNumber: number,
    method: 'other-cohort' | 'assignment',
    hostCourseDayId: string | null,
    note: string | null,
  ): Promise<{ id: string }> {
    const content = await this.curriculum.content(home);
    if (!content.course.completion.attendance.makeUpMethods.includes(method)) {
      throw new ConflictException(`${content.course.id} version ${home.version} does not allow making up a day by ${method}`);
    }
    const homeDay = await this.cohorts.day(home.id, dayNumber);
    const enrolment = await this.cohorts.enrolment(enrolmentId);
    const [mark] = homeDay && enrolment ? await this.attendance.marks([homeDay.id], [enrolment.traineeId]) : [];
    if (!mark || !ABSENT.has(mark.status)) {
      throw new ConflictException(`The trainee has no recorded absence on day ${dayNumber} to make up`);
    }
    const id = await this.attendance.addMakeUp({ enrolmentId, dayNumber, method, hostCourseDayId, note, recordedBy: actor.user.id });
    if (!id) throw new ConflictException(`Day ${dayNumber} is already made up`);
    await this.audit.record({ actorId: actor.user.id, action: 'make_up.record', subjectType: 'enrolment', subjectId: enrolmentId, details: { dayNumber, method } });
    return { id };
  }

  private async homeEnrolment(traineeId: string, host: Cohort): Promise<{ cohort: Cohort; enrolmentId: string } | null> {
    for (const enrolment of await this.cohorts.enrolmentsOf(traineeId)) {
      if (enrolment.cohortId === host.id) continue;
      const cohort = await this.cohorts.find(enrolment.cohortId);
      if (cohort?.courseId === host.courseId) return { cohort, enrolmentId: enrolment.id };
    }
    return null;
  }

  private async scheduledDay(cohortId: string, dayNumber: number): Promise<{ cohort: Cohort; day: CourseDay }> {
    const [cohort, day] = await Promise.all([this.cohorts.find(cohortId), this.cohorts.day(cohortId, dayNumber)]);
    if (!cohort) throw new NotFoundException('No such cohort');
    if (!day) throw new NotFoundException(`Day ${dayNumber} is not scheduled in this cohort`);
    return { cohort, day };
  }
}

