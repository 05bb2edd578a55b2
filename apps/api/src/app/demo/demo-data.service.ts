import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../accounts/password-hasher';
import { UserEntity } from '../accounts/persistence/user.entity';
import { AttendanceChangeEntity, AttendanceEntity, MakeUpEntity } from '../attendance/persistence/attendance.entities';
import { CohortEntity, CohortLeaderEntity, CourseDayEntity, EnrolmentEntity } from '../cohorts/persistence/cohort.entities';
import { stockholmToday } from '../common/stockholm-time';
import { CurriculumVersionEntity } from '../curriculum/persistence/curriculum-version.entity';
import { DEMO_ADMIN, DEMO_COHORT, DEMO_FINISHED_COHORT, DEMO_LEADERS, DEMO_PASSWORD, DEMO_RENEWAL, DEMO_TRAINEES } from './demo-data';
import { RolePlayAttemptEntity } from '../role-plays/persistence/role-play.entities';
import { StudyVisitEntity } from '../study-visits/persistence/study-visit.entities';
import { CertificationService } from '../certification/certification.service';
import { EXPIRY_REMINDERS_JOB } from '../certification/expiry-reminders';
import { JobQueue } from '../jobs/job-queue';
import { ProgressService } from '../progress/progress.service';
import { loadDemoSupervision } from '../supervision/demo-supervision';

const WEEK_MS = 7 * 86_400_000;

@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly progress: ProgressService,
    private readonly certification: CertificationService,
    private readonly queue: JobQueue,
  ) {}

  /**
   * Loads the demo once, into a database without accounts: the people, and a
   * base-course cohort of twelve that is halfway through its schedule.
   */
  async loadIfEmpty(): Promise<boolean> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      // Two instances starting at once must not both load.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['peer-demo-data']);
      if ((await manager.count(UserEntity)) > 0) return null;
      const people = [DEMO_ADMIN, ...DEMO_LEADERS, ...DEMO_TRAINEES, ...DEMO_FINISHED_COHORT.trainees, DEMO_RENEWAL.leader, DEMO_RENEWAL.holder];
      const users = await manager.save(
        UserEntity,
        people.map((p) => manager.create(UserEntity, { ...p, passwordHash, mustChangePassword: false })),
      );
      const byEmail = new Map(users.map((u) => [u.email, u]));
      await this.loadCohort(manager, byEmail);
      await this.loadFinishedCohort(manager, byEmail);
      // Group supervision after placement for the finished cohort, led by its course leader.
      await loadDemoSupervision(manager, {
        name: 'Handledning Malmö',
        supervisorId: (byEmail.get(DEMO_FINISHED_COHORT.leader.email) as UserEntity).id,
        memberIds: DEMO_FINISHED_COHORT.trainees.map((t) => (byEmail.get(t.email) as UserEntity).id),
        place: DEMO_FINISHED_COHORT.place,
      });
      const renewal = await this.loadRenewal(manager, byEmail);
      this.logger.log(`Loaded demo data: ${people.length} accounts and four cohorts`);
      return { renewal };
    }).then(async (loaded) => {
      if (!loaded) return false;
      if (loaded.renewal) await this.issueRenewalCertificate(loaded.renewal);
      return true;
    });
  }

  /**
   * The certificate that nears its end, issued as if almost three years ago. Signing needs the
   * committed cohort, so this follows the load; a start that dies in between leaves the demo
   * without this certificate.
   */
  private async issueRenewalCertificate(renewal: { cohortId: string; traineeId: string; leaderId: string; issuedAt: Date }): Promise<void> {
    const evaluated = await this.progress.evaluateTrainee(renewal.cohortId, renewal.traineeId);
    if (!evaluated?.result.certifiable) throw new Error('demo: the renewing peer supporter does not meet the base course');
    await this.certification.issue({ ...evaluated, language: 'sv', issuedBy: renewal.leaderId, issuedAt: renewal.issuedAt });
  }

  /**
   * Once the queue runs: the daily reminder run at once, so the demo's outbox shows the mail about
   * the certificate that nears its end without waiting for the morning. A run sends each reminder once.
   */
  async afterStart(): Promise<void> {
    try {
      await this.queue.send(EXPIRY_REMINDERS_JOB, {});
    } catch (error) {
      // The morning run sends it anyway: the demo serves on without the early reminder.
      this.logger.warn(`Demo: the reminder run could not be queued: ${(error as Error).message}`);
    }
  }

  /**
   * Signe: a base course finished before `issuedAt` (so her certificate ends in `expiresInDays`),
   * monthly supervision since, and a refresher day held last week with everything met.
   */
  private async loadRenewal(manager: EntityManager, users: Map<string, UserEntity>): Promise<{ cohortId: string; traineeId: string; leaderId: string; issuedAt: Date } | null> {
    const [base, refresher] = await Promise.all(
      ['base', 'refresher'].map((courseId) => manager.findOne(CurriculumVersionEntity, { where: { courseId }, order: { version: 'DESC' } })),
    );
    if (!base || !refresher) return null;
    const id = (email: string) => (users.get(email) as UserEntity).id;
    const leaderId = id(DEMO_RENEWAL.leader.email);
    const traineeId = id(DEMO_RENEWAL.holder.email);
    const today = new Date(`${stockholmToday()}T12:00:00Z`);
    const end = new Date(today.getTime() + DEMO_RENEWAL.expiresInDays * 86_400_000);
    const issuedAt = new Date(end);
    issuedAt.setUTCFullYear(end.getUTCFullYear() - (base.content.course.validity?.years ?? 3));
    issuedAt.setUTCHours(14, 0, 0, 0);

    const cohort = await this.cohortWith(manager, base, DEMO_RENEWAL.baseCohort, leaderId);
    // Twelve Wednesdays, the last one two weeks before the certificate.
    const weeksBack = Math.ceil((today.getTime() - issuedAt.getTime()) / WEEK_MS) + 13;
    const days = await weekly(manager, cohort.id, base.content.course.days.length, { weekday: 3, weeksBack, startTime: '09:00', place: DEMO_RENEWAL.place });
    await completeCourse(manager, base, cohort.id, traineeId, days, leaderId);

    const refresherCohort = await this.cohortWith(manager, refresher, DEMO_RENEWAL.refresherCohort, leaderId);
    const refresherDays = await weekly(manager, refresherCohort.id, refresher.content.course.days.length, { weekday: 3, weeksBack: 1, startTime: '09:00', place: DEMO_RENEWAL.place });
    await completeCourse(manager, refresher, refresherCohort.id, traineeId, refresherDays, leaderId);

    await loadDemoSupervision(manager, {
      name: DEMO_RENEWAL.supervisionGroup,
      supervisorId: leaderId,
      memberIds: [traineeId],
      place: DEMO_RENEWAL.place,
      sessions: DEMO_RENEWAL.supervisionSessions,
      everyWeeks: 4,
    });
    return { cohortId: cohort.id, traineeId, leaderId, issuedAt };
  }

  private async cohortWith(manager: EntityManager, version: CurriculumVersionEntity, name: string, leaderId: string): Promise<CohortEntity> {
    const cohort = await manager.save(manager.create(CohortEntity, { name, courseId: version.courseId, version: version.version, createdBy: leaderId }));
    await manager.insert(CohortLeaderEntity, { cohortId: cohort.id, leaderId });
    return cohort;
  }

  private async loadCohort(manager: EntityManager, users: Map<string, UserEntity>): Promise<void> {
    const base = await manager.findOne(CurriculumVersionEntity, { where: { courseId: 'base' }, order: { version: 'ASC' } });
    if (!base) return;
    const id = (email: string) => (users.get(email) as UserEntity).id;
    const admin = id(DEMO_ADMIN.email);
    const cohort = await manager.save(
      manager.create(CohortEntity, { name: DEMO_COHORT.name, courseId: 'base', version: base.version, createdBy: admin }),
    );
    await manager.insert(CohortLeaderEntity, DEMO_LEADERS.map((l) => ({ cohortId: cohort.id, leaderId: id(l.email) })));

    // Weekly on Mondays, five days done before today and the rest ahead.
    const days = await weekly(manager, cohort.id, base.content.course.days.length, { weekday: 1, weeksBack: 5, startTime: '09:00', place: DEMO_COHORT.place });
    const enrolments = await manager.save(
      EnrolmentEntity,
      DEMO_TRAINEES.map((t) => manager.create(EnrolmentEntity, { cohortId: cohort.id, traineeId: id(t.email) })),
    );

    const leader = id(DEMO_LEADERS[0]?.email as string);
    const past = days.filter((d) => d.dayNumber <= 5);
    const marks = past.flatMap((day) =>
      DEMO_TRAINEES.map((trainee) => ({
        courseDayId: day.id,
        traineeId: id(trainee.email),
        status: DEMO_COHORT.exceptions[`${trainee.email}#${day.dayNumber}`] ?? ('present' as const),
        comment: null,
        markedBy: leader,
        markedAt: new Date(`${day.date}T15:00:00Z`),
      })),
    );
    await manager.insert(AttendanceEntity, marks);
    await manager.insert(
      AttendanceChangeEntity,
      marks.map((m) => ({ courseDayId: m.courseDayId, traineeId: m.traineeId, fromStatus: null, toStatus: m.status, comment: null, changedBy: leader })),
    );
    const madeUp = enrolments.find((e) => e.traineeId === id(DEMO_COHORT.assignmentMakeUp.email));
    if (madeUp) {
      await manager.insert(MakeUpEntity, {
        enrolmentId: madeUp.id,
        dayNumber: DEMO_COHORT.assignmentMakeUp.dayNumber,
        method: 'assignment',
        hostCourseDayId: null,
        note: 'Skriftlig reflektion om stigma och självstigma',
        recordedBy: leader,
      });
    }
  }

  private async loadFinishedCohort(manager: EntityManager, users: Map<string, UserEntity>): Promise<void> {
    const base = await manager.findOne(CurriculumVersionEntity, { where: { courseId: 'base' }, order: { version: 'ASC' } });
    if (!base) return;
    const id = (email: string) => (users.get(email) as UserEntity).id;
    const leader = id(DEMO_FINISHED_COHORT.leader.email);
    const cohort = await manager.save(
      manager.create(CohortEntity, { name: DEMO_FINISHED_COHORT.name, courseId: 'base', version: base.version, createdBy: leader }),
    );
    await manager.insert(CohortLeaderEntity, { cohortId: cohort.id, leaderId: leader });
    // Twelve Tuesdays, the last one two weeks ago.
    const days = await weekly(manager, cohort.id, base.content.course.days.length, { weekday: 2, weeksBack: 13, startTime: '09:30', place: DEMO_FINISHED_COHORT.place });
    for (const trainee of DEMO_FINISHED_COHORT.trainees) {
      await completeCourse(manager, base, cohort.id, id(trainee.email), days, leader);
    }
  }
}

/** Enrols the trainee and records everything the course requires as done on `days`. */
async function completeCourse(manager: EntityManager, version: CurriculumVersionEntity, cohortId: string, traineeId: string, days: CourseDayEntity[], leader: string): Promise<void> {
  const { completion, studyVisits } = version.content.course;
  const scenarios = version.content.scenarios;
  const at = (index: number) => (days[Math.min(index, days.length - 1)] as CourseDayEntity).date;
  const enrolment = await manager.save(manager.create(EnrolmentEntity, { cohortId, traineeId }));
  const marks = days.map((day) => ({ courseDayId: day.id, traineeId, status: 'present' as const, comment: null, markedBy: leader, markedAt: new Date(`${day.date}T15:00:00Z`) }));
  await manager.insert(AttendanceEntity, marks);
  await manager.insert(
    AttendanceChangeEntity,
    marks.map((m) => ({ courseDayId: m.courseDayId, traineeId, fromStatus: null, toStatus: m.status, comment: null, changedBy: leader })),
  );
  if (completion.rolePlays.length > 0) {
    await manager.insert(
      RolePlayAttemptEntity,
      completion.rolePlays.map((scenarioId) => ({
        enrolmentId: enrolment.id,
        scenarioId,
        attempt: 1,
        status: 'signed' as const,
        result: 'passed' as const,
        criteria: (scenarios.find((s) => s.id === scenarioId)?.rubric ?? []).map((c) => ({ criterionId: c.id, shown: true, feedback: 'Visades tydligt.' })),
        overallFeedback: 'Lugnt och respektfullt genomfört.',
        observerId: leader,
        signedAt: new Date(`${at(9)}T14:00:00Z`),
      })),
    );
  }
  if (completion.studyVisits.length > 0) {
    await manager.insert(
      StudyVisitEntity,
      completion.studyVisits.map((requirementId) => {
        const requirement = studyVisits.find((v) => v.id === requirementId);
        return {
          enrolmentId: enrolment.id,
          requirementId,
          unitName: requirement?.kind === 'inpatient' ? 'Avdelning 7, allmänpsykiatri' : 'Psykiatrimottagning Centrum',
          kind: requirement?.kind ?? 'inpatient',
          organisation: 'Region Skåne',
          date: at(6),
          hours: requirement?.minHours ?? 4,
          hostEmail: 'handledare@example.org',
          status: 'approved' as const,
          confirmedAt: new Date(`${at(7)}T10:00:00Z`),
          hostAnswer: 'confirmed' as const,
          answers: (requirement?.reflectionQuestions ?? []).map(() => 'Jag såg hur teamet samarbetar kring återhämtning.'),
          approvedBy: leader,
          approvedAt: new Date(`${at(8)}T10:00:00Z`),
        };
      }),
    );
  }
}

/** One course day a week on `weekday` (1 = Monday), the first `weeksBack` weeks before this week. */
function weekly(
  manager: EntityManager,
  cohortId: string,
  count: number,
  options: { weekday: number; weeksBack: number; startTime: string; place: string },
): Promise<CourseDayEntity[]> {
  const today = new Date(`${stockholmToday()}T12:00:00Z`);
  const thisWeek = today.getTime() - ((today.getUTCDay() + 7 - options.weekday) % 7) * 86_400_000;
  const first = thisWeek - options.weeksBack * WEEK_MS;
  return manager.save(
    CourseDayEntity,
    Array.from({ length: count }, (_, i) =>
      manager.create(CourseDayEntity, {
        cohortId,
        dayNumber: i + 1,
        date: new Date(first + i * WEEK_MS).toISOString().slice(0, 10),
        startTime: options.startTime,
        endTime: '16:00',
        place: options.place,
      }),
    ),
  );
}
