import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../accounts/password-hasher';
import { UserEntity } from '../accounts/persistence/user.entity';
import { AttendanceChangeEntity, AttendanceEntity, MakeUpEntity } from '../attendance/persistence/attendance.entities';
import { CohortEntity, CohortLeaderEntity, CourseDayEntity, EnrolmentEntity } from '../cohorts/persistence/cohort.entities';
import { stockholmToday } from '../common/stockholm-time';
import { CurriculumVersionEntity } from '../curriculum/persistence/curriculum-version.entity';
import {
  DEMO_ADMIN,
  DEMO_COHORT,
  DEMO_FINISHED_COHORT,
  DEMO_LEADERS,
  DEMO_MOVED,
  DEMO_NATIONAL_ADMIN,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_RENEWAL,
  DEMO_SKANE_ADMIN,
  DEMO_SKANE_PEOPLE,
  DEMO_TRAINEES,
  type DemoPerson,
} from './demo-data';
import { OrganisationEntity } from '../organisations/persistence/organisation.entity';
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
      const [goteborg, skane] = await manager.save(OrganisationEntity, [manager.create(OrganisationEntity, DEMO_ORGANISATIONS.goteborg), manager.create(OrganisationEntity, DEMO_ORGANISATIONS.skane)]);
      const organisations = { goteborg: (goteborg as OrganisationEntity).id, skane: (skane as OrganisationEntity).id };
      const organisationOf = (p: DemoPerson) => (p.role === 'national_admin' ? null : DEMO_SKANE_PEOPLE.has(p.email) ? organisations.skane : organisations.goteborg);
      const people = [
        DEMO_NATIONAL_ADMIN,
        DEMO_ADMIN,
        DEMO_SKANE_ADMIN,
        ...DEMO_LEADERS,
        ...DEMO_TRAINEES,
        ...DEMO_FINISHED_COHORT.trainees,
        DEMO_RENEWAL.leader,
        DEMO_RENEWAL.holder,
        DEMO_MOVED.trainee,
      ];
      const users = await manager.save(
        UserEntity,
        people.map((p) => manager.create(UserEntity, { ...p, organisationId: organisationOf(p), passwordHash, mustChangePassword: false })),
      );
      const byEmail = new Map(users.map((u) => [u.email, u]));
      await this.loadCohort(manager, byEmail, organisations.goteborg);
      await this.loadFinishedCohort(manager, byEmail, organisations.goteborg);
      // Group supervision after placement for the finished cohort, led by its course leader.
      await loadDemoSupervision(manager, {
        name: 'Handledning Borås',
        organisationId: organisations.goteborg,
        supervisorId: (byEmail.get(DEMO_FINISHED_COHORT.leader.email) as UserEntity).id,
        memberIds: DEMO_FINISHED_COHORT.trainees.map((t) => (byEmail.get(t.email) as UserEntity).id),
        place: DEMO_FINISHED_COHORT.place,
      });
      const renewal = await this.loadRenewal(manager, byEmail, organisations.skane);
      const moved = await this.loadMoved(manager, byEmail, organisations);
      this.logger.log(`Loaded demo data: two organisations, ${people.length} accounts and seven cohorts`);
      return { certificates: [renewal && { ...renewal, beforeOrganisations: true }, moved] };
    }).then(async (loaded) => {
      if (!loaded) return false;
      for (const certificate of loaded.certificates) if (certificate) await this.issueCertificate(certificate);
      return true;
    });
  }

  /**
   * A certificate issued in the past (the renewing and the moved peer supporter's); the renewing
   * one's is from before organisations, signed by the installation's issuer. Signing needs
   * the committed cohort, so this follows the load; a start that dies in between leaves the demo
   * without it.
   */
  private async issueCertificate(issue: { cohortId: string; traineeId: string; leaderId: string; issuedAt: Date; beforeOrganisations?: boolean }): Promise<void> {
    const evaluated = await this.progress.evaluateTrainee(issue.cohortId, issue.traineeId);
    if (!evaluated?.result.certifiable) throw new Error('demo: a peer supporter to certify does not meet her course');
    await this.certification.issue({ ...evaluated, language: 'sv', issuedBy: issue.leaderId, issuedAt: issue.issuedAt, beforeOrganisations: issue.beforeOrganisations });
  }

  /**
   * Rut: the base course in NSPH Göteborg, finished over a year ago (too long ago to host make-ups),
   * then the psychosis module in NSPH Skåne, which starts this week; her account now belongs to Skåne.
   */
  private async loadMoved(
    manager: EntityManager,
    users: Map<string, UserEntity>,
    organisations: { goteborg: string; skane: string },
  ): Promise<{ cohortId: string; traineeId: string; leaderId: string; issuedAt: Date } | null> {
    const [base, module] = await Promise.all(
      ['base', 'psychosis'].map((courseId) => manager.findOne(CurriculumVersionEntity, { where: { courseId }, order: { version: 'DESC' } })),
    );
    if (!base || !module) return null;
    const id = (email: string) => (users.get(email) as UserEntity).id;
    const traineeId = id(DEMO_MOVED.trainee.email);
    const baseLeader = id((DEMO_LEADERS[0] as DemoPerson).email);
    const cohort = await this.cohortWith(manager, base, DEMO_MOVED.baseCohort, baseLeader, organisations.goteborg);
    const days = await weekly(manager, cohort.id, base.content.course.days.length, { weekday: 4, weeksBack: 70, startTime: '09:00', place: DEMO_MOVED.basePlace });
    await completeCourse(manager, base, cohort.id, traineeId, days, baseLeader);
    const moduleCohort = await this.cohortWith(manager, module, DEMO_MOVED.moduleCohort, id(DEMO_RENEWAL.leader.email), organisations.skane);
    await weekly(manager, moduleCohort.id, module.content.course.days.length, { weekday: 5, weeksBack: 0, startTime: '09:00', place: DEMO_RENEWAL.place });
    await manager.insert(EnrolmentEntity, { cohortId: moduleCohort.id, traineeId });
    const issuedAt = new Date(`${(days.at(-1) as CourseDayEntity).date}T15:00:00Z`);
    return { cohortId: cohort.id, traineeId, leaderId: baseLeader, issuedAt };
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
  private async loadRenewal(manager: EntityManager, users: Map<string, UserEntity>, organisationId: string): Promise<{ cohortId: string; traineeId: string; leaderId: string; issuedAt: Date } | null> {
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

    const cohort = await this.cohortWith(manager, base, DEMO_RENEWAL.baseCohort, leaderId, organisationId);
    // Twelve Wednesdays, the last one two weeks before the certificate.
    const weeksBack = Math.ceil((today.getTime() - issuedAt.getTime()) / WEEK_MS) + 13;
    const days = await weekly(manager, cohort.id, base.content.course.days.length, { weekday: 3, weeksBack, startTime: '09:00', place: DEMO_RENEWAL.place });
    await completeCourse(manager, base, cohort.id, traineeId, days, leaderId);

    const refresherCohort = await this.cohortWith(manager, refresher, DEMO_RENEWAL.refresherCohort, leaderId, organisationId);
    const refresherDays = await weekly(manager, refresherCohort.id, refresher.content.course.days.length, { weekday: 3, weeksBack: 1, startTime: '09:00', place: DEMO_RENEWAL.place });
    await completeCourse(manager, refresher, refresherCohort.id, traineeId, refresherDays, leaderId);

    await loadDemoSupervision(manager, {
      name: DEMO_RENEWAL.supervisionGroup,
      organisationId,
      supervisorId: leaderId,
      memberIds: [traineeId],
      place: DEMO_RENEWAL.place,
      sessions: DEMO_RENEWAL.supervisionSessions,
      everyWeeks: 4,
    });
    return { cohortId: cohort.id, traineeId, leaderId, issuedAt };
  }

  private async cohortWith(manager: EntityManager, version: CurriculumVersionEntity, name: string, leaderId: string, organisationId: string): Promise<CohortEntity> {
    const cohort = await manager.save(manager.create(CohortEntity, { name, organisationId, courseId: version.courseId, version: version.version, createdBy: leaderId }));
    await manager.insert(CohortLeaderEntity, { cohortId: cohort.id, leaderId });
    return cohort;
  }

  private async loadCohort(manager: EntityManager, users: Map<string, UserEntity>, organisationId: string): Promise<void> {
    const base = await manager.findOne(CurriculumVersionEntity, { where: { courseId: 'base' }, order: { version: 'ASC' } });
    if (!base) return;
    const id = (email: string) => (users.get(email) as UserEntity).id;
    const admin = id(DEMO_ADMIN.email);
    const cohort = await manager.save(
      manager.create(CohortEntity, { name: DEMO_COHORT.name, organisationId, courseId: 'base', version: base.version, createdBy: admin }),
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

  private async loadFinishedCohort(manager: EntityManager, users: Map<string, UserEntity>, organisationId: string): Promise<void> {
    const base = await manager.findOne(CurriculumVersionEntity, { where: { courseId: 'base' }, order: { version: 'ASC' } });
    if (!base) return;
    const id = (email: string) => (users.get(email) as UserEntity).id;
    const leader = id(DEMO_FINISHED_COHORT.leader.email);
    const cohort = await manager.save(
      manager.create(CohortEntity, { name: DEMO_FINISHED_COHORT.name, organisationId, courseId: 'base', version: base.version, createdBy: leader }),
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
