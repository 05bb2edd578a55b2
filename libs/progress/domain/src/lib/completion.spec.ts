import type { AttendanceRule, CourseVersionContent } from '@peer/curriculum/model';
import { BASE_ATTENDANCE_RULE, baseCourseContent } from '../testing/course-fixture';
import { completeInput, fixtureDate } from '../testing/inputs';
import { evaluateCompletion, missingRequirements, requirementIds } from './completion';
import type {
  AttendanceMark,
  CompletionInput,
  CompletionResult,
  MakeUpRecord,
  RequirementStatus,
  StudyVisitStatus,
} from './types';

const content = baseCourseContent();

function input(overrides: Partial<CompletionInput> = {}, from: CourseVersionContent = content): CompletionInput {
  return { ...completeInput(from), ...overrides };
}

/** The complete input with some days' marks replaced. */
function withMarks(marks: Record<number, AttendanceMark['status'] | undefined>, from = content): CompletionInput['attendance'] {
  return completeInput(from)
    .attendance.filter((mark) => !(mark.dayNumber in marks))
    .concat(
      Object.entries(marks)
        .filter(([, status]) => status !== undefined)
        .map(([day, status]) => ({ dayNumber: Number(day), status: status as AttendanceMark['status'] })),
    );
}

function requirement(result: CompletionResult, id: string): RequirementStatus {
  const found = result.requirements.find((r) => r.id === id);
  if (!found) throw new Error(`No requirement ${id}`);
  return found;
}

function withRule(rule: Partial<AttendanceRule>): CourseVersionContent {
  return baseCourseContent({ ...BASE_ATTENDANCE_RULE, ...rule });
}

describe('requirementIds', () => {
  it('lists the days, the absence limit, role-plays, study visits and enrolment in a stable order', () => {
    expect(requirementIds(content)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `attendance:day-${i + 1}`),
      'attendance-limit',
      'role-play:first-meeting-at-admission',
      'role-play:conversation-about-shame',
      'role-play:confidentiality-dilemma',
      'role-play:de-escalating-an-aggressive-conversation',
      'role-play:handover-to-staff',
      'role-play:boundary-question',
      'study-visit:inpatient-visit',
      'study-visit:outpatient-visit',
      'enrolment',
    ]);
  });

  it('is the order of the evaluated requirements', () => {
    const result = evaluateCompletion(input({ attendance: [], rolePlays: [], studyVisits: [], withdrawn: true }));
    expect(result.requirements.map((r) => r.id)).toEqual(requirementIds(content));
  });
});

describe('evaluateCompletion', () => {
  it('certifies a trainee who has met every requirement', () => {
    const result = evaluateCompletion(input());
    expect(result.certifiable).toBe(true);
    expect(result.summary).toEqual({ met: 22, pending: 0, failed: 0, total: 22 });
    expect(result.openMakeUps).toEqual([]);
    expect(missingRequirements(result)).toEqual([]);
  });

  it('labels requirements in Swedish and English', () => {
    const result = evaluateCompletion(input());
    expect(requirement(result, 'attendance:day-7')).toEqual({
      id: 'attendance:day-7',
      kind: 'attendance',
      status: 'met',
      label: { sv: 'Dag 7: Vårdens organisation, lagar och tystnadsplikt', en: 'Day 7: How care is organised, laws and confidentiality' },
      reason: { sv: 'Dag 7: närvarande', en: 'Day 7: present' },
    });
    expect(requirement(result, 'attendance-limit')).toMatchObject({
      kind: 'attendance-limit',
      label: { sv: 'Frånvarogräns', en: 'Absence limit' },
      reason: { sv: 'Ingen frånvaro', en: 'No absences' },
    });
    expect(requirement(result, 'role-play:boundary-question')).toMatchObject({
      kind: 'role-play',
      label: { sv: 'Rollspel: En gränsfråga', en: 'Role-play: A boundary question' },
      reason: { sv: 'Rollspelet ”En gränsfråga”: godkänt', en: 'Role-play “A boundary question”: passed' },
    });
    expect(requirement(result, 'study-visit:inpatient-visit')).toMatchObject({
      kind: 'study-visit',
      label: { sv: 'Studiebesök i heldygnsvård', en: 'Study visit to an inpatient unit' },
      reason: { sv: 'Studiebesök i heldygnsvård: godkänt', en: 'Study visit to an inpatient unit: approved' },
    });
    expect(requirement(result, 'enrolment')).toMatchObject({
      kind: 'enrolment',
      status: 'met',
      label: { sv: 'Inskrivning i kullen', en: 'Enrolment in the cohort' },
      reason: { sv: 'Inskriven i kullen', en: 'Enrolled in the cohort' },
    });
  });

  describe('attendance', () => {
    it('counts a late arrival as attended', () => {
      const result = evaluateCompletion(input({ attendance: withMarks({ 3: 'late' }) }));
      expect(result.certifiable).toBe(true);
      expect(requirement(result, 'attendance:day-3')).toMatchObject({
        status: 'met',
        reason: { sv: 'Dag 3: närvarande, kom sent', en: 'Day 3: present, arrived late' },
      });
    });

    it('blocks certification on an unexcused absence until a make-up in another cohort is recorded', () => {
      const absent = input({ attendance: withMarks({ 7: 'absent_unexcused' }) });
      const before = evaluateCompletion(absent);
      const missing = {
        sv: 'Dag 7 saknas: ta igen i en annan kull eller lämna in en ersättningsuppgift',
        en: 'Day 7 missing: make it up in another cohort or hand in a compensatory assignment',
      };
      expect(before.certifiable).toBe(false);
      expect(requirement(before, 'attendance:day-7')).toMatchObject({ status: 'pending', reason: missing, attention: 'blocked' });
      expect(before.openMakeUps).toEqual([{ dayNumber: 7, date: fixtureDate(7), reason: missing }]);
      expect(missingRequirements(before).map((r) => r.id)).toEqual(['attendance:day-7']);
      expect(requirement(before, 'attendance-limit')).toMatchObject({
        status: 'met',
        reason: { sv: '1 frånvarodag, högst 2 får tas igen', en: '1 absent day, at most 2 may be made up' },
      });

      const after = evaluateCompletion({
        ...absent,
        makeUps: [{ dayNumber: 7, method: 'other-cohort', date: '2026-03-20' }],
      });
      expect(after.certifiable).toBe(true);
      expect(after.openMakeUps).toEqual([]);
      expect(requirement(after, 'attendance:day-7')).toMatchObject({
        status: 'met',
        reason: { sv: 'Dag 7 togs igen i en annan kull (2026-03-20)', en: 'Day 7 made up in another cohort (2026-03-20)' },
      });
      expect(requirement(after, 'attendance:day-7').attention).toBeUndefined();
    });

    it('accepts an approved compensatory assignment for an excused absence', () => {
      const result = evaluateCompletion(
        input({ attendance: withMarks({ 2: 'absent_excused' }), makeUps: [{ dayNumber: 2, method: 'assignment' }] }),
      );
      expect(result.certifiable).toBe(true);
      expect(requirement(result, 'attendance:day-2').reason).toEqual({
        sv: 'Dag 2 ersattes med en godkänd ersättningsuppgift',
        en: 'Day 2 made up with an approved compensatory assignment',
      });
    });

    it('does not count a make-up by a method the course does not allow', () => {
      const onlyOtherCohort = withRule({ makeUpMethods: ['other-cohort'], assignmentGuidance: undefined });
      const result = evaluateCompletion(
        input(
          {
            attendance: withMarks({ 4: 'absent_excused' }, onlyOtherCohort),
            makeUps: [{ dayNumber: 4, method: 'assignment', date: '2026-03-20' }],
          },
          onlyOtherCohort,
        ),
      );
      const missing = { sv: 'Dag 4 saknas: ta igen i en annan kull', en: 'Day 4 missing: make it up in another cohort' };
      expect(result.certifiable).toBe(false);
      expect(requirement(result, 'attendance:day-4')).toMatchObject({ status: 'pending', reason: missing });
      expect(result.openMakeUps).toEqual([{ dayNumber: 4, date: fixtureDate(4), reason: missing }]);
    });

    it('names only the assignment when that is the only allowed method', () => {
      const onlyAssignment = withRule({ makeUpMethods: ['assignment'] });
      const result = evaluateCompletion(
        input(
          {
            attendance: withMarks({ 4: 'absent_unexcused' }, onlyAssignment),
            makeUps: [{ dayNumber: 4, method: 'other-cohort' }],
          },
          onlyAssignment,
        ),
      );
      expect(requirement(result, 'attendance:day-4').reason).toEqual({
        sv: 'Dag 4 saknas: lämna in en ersättningsuppgift',
        en: 'Day 4 missing: hand in a compensatory assignment',
      });
    });

    it('fails an absence when the course allows no make-up', () => {
      const noMakeUp = withRule({ maxMadeUpAbsences: 0, makeUpMethods: [], assignmentGuidance: undefined });
      const result = evaluateCompletion(
        input(
          { attendance: withMarks({ 5: 'absent_excused' }, noMakeUp), makeUps: [{ dayNumber: 5, method: 'other-cohort' }] },
          noMakeUp,
        ),
      );
      expect(result.certifiable).toBe(false);
      expect(result.openMakeUps).toEqual([]);
      expect(requirement(result, 'attendance:day-5')).toMatchObject({
        status: 'failed',
        reason: {
          sv: 'Dag 5 saknas: frånvaro kan inte tas igen i den här kursen, gå om kursen',
          en: 'Day 5 missing: absences cannot be made up in this course, retake the course',
        },
      });
      expect(requirement(result, 'attendance-limit')).toMatchObject({
        status: 'failed',
        reason: {
          sv: '1 frånvarodag, ingen får tas igen: gå om kursen',
          en: '1 absent day, none may be made up: retake the course',
        },
      });
    });

    it('fails the absence limit when there are more absent days than may be made up, even if all are made up', () => {
      const makeUps: MakeUpRecord[] = [1, 5, 9].map((dayNumber) => ({ dayNumber, method: 'other-cohort' }));
      const result = evaluateCompletion(
        input({ attendance: withMarks({ 1: 'absent_excused', 5: 'absent_unexcused', 9: 'absent_excused' }), makeUps }),
      );
      expect(result.certifiable).toBe(false);
      expect(missingRequirements(result)).toEqual([
        expect.objectContaining({
          id: 'attendance-limit',
          status: 'failed',
          reason: {
            sv: '3 frånvarodagar, högst 2 får tas igen: gå om kursen',
            en: '3 absent days, at most 2 may be made up: retake the course',
          },
        }),
      ]);
      expect(result.summary).toEqual({ met: 21, pending: 0, failed: 1, total: 22 });
    });

    it('fails absent days not made up once over the limit, and leaves no open make-ups', () => {
      const result = evaluateCompletion(
        input({
          attendance: withMarks({ 1: 'absent_excused', 5: 'absent_unexcused', 9: 'absent_excused' }),
          makeUps: [{ dayNumber: 1, method: 'assignment' }],
        }),
      );
      expect(result.openMakeUps).toEqual([]);
      expect(requirement(result, 'attendance:day-1').status).toBe('met');
      expect(requirement(result, 'attendance:day-5')).toMatchObject({
        status: 'failed',
        reason: {
          sv: 'Dag 5 saknas: fler frånvarodagar än som får tas igen, gå om kursen',
          en: 'Day 5 missing: more absent days than may be made up, retake the course',
        },
      });
      expect(result.summary).toEqual({ met: 19, pending: 0, failed: 3, total: 22 });
    });

    it('allows exactly the maximum number of made-up absences', () => {
      const result = evaluateCompletion(
        input({
          attendance: withMarks({ 2: 'absent_excused', 11: 'absent_unexcused' }),
          makeUps: [
            { dayNumber: 2, method: 'other-cohort', date: '2026-03-25' },
            { dayNumber: 11, method: 'assignment', date: '2026-03-26' },
          ],
        }),
      );
      expect(result.certifiable).toBe(true);
      expect(requirement(result, 'attendance-limit').reason).toEqual({
        sv: '2 frånvarodagar, högst 2 får tas igen',
        en: '2 absent days, at most 2 may be made up',
      });
    });

    it('keeps days that have not taken place, or are today, pending', () => {
      const today = fixtureDate(6);
      const result = evaluateCompletion(input({ today, attendance: withMarks({ 6: undefined, 7: undefined, 12: undefined }) }));
      expect(result.certifiable).toBe(false);
      expect(result.openMakeUps).toEqual([]);
      expect(requirement(result, 'attendance:day-6')).toMatchObject({
        status: 'pending',
        reason: { sv: 'Dag 6 (2026-03-07) har inte ägt rum än', en: 'Day 6 (2026-03-07) has not taken place yet' },
        attention: 'upcoming',
      });
      expect(requirement(result, 'attendance:day-7').reason).toEqual({
        sv: 'Dag 7 (2026-03-08) har inte ägt rum än',
        en: 'Day 7 (2026-03-08) has not taken place yet',
      });
      expect(result.summary).toEqual({ met: 19, pending: 3, failed: 0, total: 22 });
    });

    it('keeps a past day without a mark pending', () => {
      const result = evaluateCompletion(input({ attendance: withMarks({ 5: undefined }) }));
      expect(requirement(result, 'attendance:day-5')).toMatchObject({
        status: 'pending',
        reason: { sv: 'Dag 5: närvaro inte registrerad', en: 'Day 5: attendance not recorded' },
        attention: 'overdue',
      });
    });

    it('keeps a day that is not scheduled pending', () => {
      const complete = completeInput(content);
      const result = evaluateCompletion({
        ...complete,
        schedule: complete.schedule.filter((day) => day.dayNumber !== 12),
        attendance: withMarks({ 12: undefined }),
      });
      expect(requirement(result, 'attendance:day-12')).toMatchObject({
        status: 'pending',
        reason: { sv: 'Dag 12 är inte schemalagd', en: 'Day 12 is not scheduled' },
        attention: 'upcoming',
      });
      expect(result.certifiable).toBe(false);
    });

    it('counts an attendance mark whether or not the day is scheduled or has passed', () => {
      const result = evaluateCompletion(input({ schedule: [], today: '2026-01-01' }));
      expect(result.certifiable).toBe(true);
    });

    it('applies a make-up only to a day marked absent', () => {
      const result = evaluateCompletion(
        input({ attendance: withMarks({ 8: undefined }), makeUps: [{ dayNumber: 8, method: 'other-cohort' }] }),
      );
      expect(requirement(result, 'attendance:day-8')).toMatchObject({
        status: 'pending',
        reason: { sv: 'Dag 8: närvaro inte registrerad', en: 'Day 8: attendance not recorded' },
      });
    });

    it('ignores marks and make-ups for days outside the course', () => {
      const result = evaluateCompletion(
        input({
          attendance: [
            ...withMarks({}),
            ...[0, 13, 14].map((dayNumber) => ({ dayNumber, status: 'absent_unexcused' as const })),
          ],
          makeUps: [{ dayNumber: 13, method: 'other-cohort' }],
        }),
      );
      expect(result.certifiable).toBe(true);
      expect(result.requirements).toHaveLength(22);
      expect(requirement(result, 'attendance-limit').reason.en).toBe('No absences');
    });

    it('counts the most favourable of several marks for one day, and the earliest of several dates', () => {
      const complete = completeInput(content);
      const result = evaluateCompletion({
        ...complete,
        schedule: [...complete.schedule, { dayNumber: 4, date: '2026-02-20' }, { dayNumber: 5, date: '2026-03-20' }],
        attendance: [...withMarks({ 3: 'absent_unexcused', 4: undefined, 5: undefined }), { dayNumber: 3, status: 'late' }],
        today: '2026-03-01',
      });
      expect(requirement(result, 'attendance:day-3').reason.en).toBe('Day 3: present, arrived late');
      expect(requirement(result, 'attendance:day-4').reason.en).toBe('Day 4: attendance not recorded');
      expect(requirement(result, 'attendance:day-5').reason.en).toBe('Day 5 (2026-03-06) has not taken place yet');
      expect(requirement(result, 'attendance-limit').reason.en).toBe('No absences');
    });

    it('names the make-up that counts: another cohort before an assignment, the earliest date first', () => {
      const result = evaluateCompletion(
        input({
          attendance: withMarks({ 3: 'absent_excused' }),
          makeUps: [
            { dayNumber: 3, method: 'assignment', date: '2026-03-18' },
            { dayNumber: 3, method: 'other-cohort' },
            { dayNumber: 3, method: 'other-cohort', date: '2026-03-30' },
            { dayNumber: 3, method: 'other-cohort', date: '2026-03-21' },
          ],
        }),
      );
      expect(requirement(result, 'attendance:day-3').reason.sv).toBe('Dag 3 togs igen i en annan kull (2026-03-21)');
    });

    it('lists open make-ups by day, without a date for an unscheduled day', () => {
      const complete = completeInput(content);
      const result = evaluateCompletion({
        ...complete,
        schedule: complete.schedule.filter((day) => day.dayNumber !== 10),
        attendance: withMarks({ 10: 'absent_excused', 2: 'absent_unexcused' }),
      });
      expect(result.openMakeUps.map(({ dayNumber, date }) => ({ dayNumber, date }))).toEqual([
        { dayNumber: 2, date: fixtureDate(2) },
        { dayNumber: 10, date: undefined },
      ]);
      expect(result.openMakeUps[1]).not.toHaveProperty('date');
    });
  });

  describe('role-plays', () => {
    const scenarioId = 'boundary-question';
    const others = completeInput(content).rolePlays.filter((attempt) => attempt.scenarioId !== scenarioId);

    it('keeps a role-play with only not-yet attempts pending', () => {
      const result = evaluateCompletion(
        input({
          rolePlays: [
            ...others,
            { scenarioId, result: 'not_yet', signedAt: '2026-03-11T10:00:00+01:00' },
            { scenarioId, result: 'not_yet', signedAt: '2026-03-12T10:00:00+01:00' },
          ],
        }),
      );
      expect(result.certifiable).toBe(false);
      expect(requirement(result, `role-play:${scenarioId}`)).toMatchObject({
        status: 'pending',
        reason: {
          sv: 'Rollspelet ”En gränsfråga”: inte godkänt än (2 försök)',
          en: 'Role-play “A boundary question”: not passed yet (2 attempts)',
        },
      });
    });

    it('counts a single attempt in the singular', () => {
      const result = evaluateCompletion(
        input({ rolePlays: [...others, { scenarioId, result: 'not_yet', signedAt: '2026-03-11T10:00:00+01:00' }] }),
      );
      expect(requirement(result, `role-play:${scenarioId}`).reason).toEqual({
        sv: 'Rollspelet ”En gränsfråga”: inte godkänt än (1 försök)',
        en: 'Role-play “A boundary question”: not passed yet (1 attempt)',
      });
    });

    it('keeps a role-play without attempts pending', () => {
      const result = evaluateCompletion(input({ rolePlays: others }));
      expect(requirement(result, `role-play:${scenarioId}`)).toMatchObject({
        status: 'pending',
        reason: {
          sv: 'Rollspelet ”En gränsfråga”: inte observerat än',
          en: 'Role-play “A boundary question”: not observed yet',
        },
      });
    });

    it('meets a role-play once any attempt passed, whatever came before or after', () => {
      const result = evaluateCompletion(
        input({
          rolePlays: [
            ...others,
            { scenarioId, result: 'not_yet', signedAt: '2026-03-11T10:00:00+01:00' },
            { scenarioId, result: 'passed', signedAt: '2026-03-12T10:00:00+01:00' },
            { scenarioId, result: 'not_yet', signedAt: '2026-03-13T10:00:00+01:00' },
          ],
        }),
      );
      expect(result.certifiable).toBe(true);
    });

    it('ignores attempts for scenarios the course does not require', () => {
      const result = evaluateCompletion(
        input({ rolePlays: [...others, { scenarioId: 'talking-about-voices', result: 'passed', signedAt: '2026-03-12' }] }),
      );
      expect(requirement(result, `role-play:${scenarioId}`).status).toBe('pending');
      expect(result.requirements.some((r) => r.id === 'role-play:talking-about-voices')).toBe(false);
    });

    it('falls back to the id when the version lacks the scenario', () => {
      const result = evaluateCompletion(input({ rolePlays: others }, { ...content, scenarios: [] }));
      expect(requirement(result, `role-play:${scenarioId}`).label).toEqual({
        sv: 'Rollspel: boundary-question',
        en: 'Role-play: boundary-question',
      });
    });
  });

  describe('study visits', () => {
    const requirementId = 'outpatient-visit';
    const others = completeInput(content).studyVisits.filter((visit) => visit.requirementId !== requirementId);
    const visit = (...statuses: StudyVisitStatus[]) =>
      evaluateCompletion(input({ studyVisits: [...others, ...statuses.map((status) => ({ requirementId, status }))] }));

    it.each<[StudyVisitStatus[], string, string]>([
      [[], 'Studiebesök i öppenvård: inte registrerat än', 'Study visit to an outpatient unit: not registered yet'],
      [['planned'], 'Studiebesök i öppenvård: planerat, inte genomfört än', 'Study visit to an outpatient unit: planned, not done yet'],
      [
        ['awaiting_host'],
        'Studiebesök i öppenvård: väntar på att värden bekräftar besöket',
        "Study visit to an outpatient unit: awaiting the host's confirmation",
      ],
      [['confirmed'], 'Studiebesök i öppenvård: reflektionen saknas', 'Study visit to an outpatient unit: reflection missing'],
      [
        ['reflected'],
        'Studiebesök i öppenvård: väntar på kursledarens godkännande',
        "Study visit to an outpatient unit: awaiting the course leader's approval",
      ],
      [
        ['returned'],
        'Studiebesök i öppenvård: reflektionen har returnerats med en kommentar: ändra och lämna in igen',
        'Study visit to an outpatient unit: reflection returned with a comment: revise it and hand it in again',
      ],
      [
        ['returned', 'reflected'],
        'Studiebesök i öppenvård: väntar på kursledarens godkännande',
        "Study visit to an outpatient unit: awaiting the course leader's approval",
      ],
      [['planned', 'confirmed'], 'Studiebesök i öppenvård: reflektionen saknas', 'Study visit to an outpatient unit: reflection missing'],
      [
        ['not_held'],
        'Studiebesök i öppenvård: värden svarade att besöket inte ägde rum: registrera ett nytt besök',
        'Study visit to an outpatient unit: the host answered that the visit did not take place: register a new visit',
      ],
      [['not_held', 'planned'], 'Studiebesök i öppenvård: planerat, inte genomfört än', 'Study visit to an outpatient unit: planned, not done yet'],
    ])('keeps a visit with records %j pending', (statuses, sv, en) => {
      const result = visit(...statuses);
      expect(result.certifiable).toBe(false);
      expect(requirement(result, `study-visit:${requirementId}`)).toMatchObject({ status: 'pending', reason: { sv, en } });
    });

    it('meets a visit once a record is approved', () => {
      const result = visit('returned', 'approved', 'planned');
      expect(result.certifiable).toBe(true);
      expect(requirement(result, `study-visit:${requirementId}`)).toMatchObject({
        status: 'met',
        reason: { sv: 'Studiebesök i öppenvård: godkänt', en: 'Study visit to an outpatient unit: approved' },
      });
    });

    it('ignores records for visits the course does not require', () => {
      const result = evaluateCompletion(input({ studyVisits: [...others, { requirementId: 'addiction-visit', status: 'approved' }] }));
      expect(requirement(result, `study-visit:${requirementId}`).status).toBe('pending');
    });
  });

  describe('withdrawal', () => {
    it('fails enrolment and drops open make-ups', () => {
      const result = evaluateCompletion(input({ withdrawn: true, attendance: withMarks({ 7: 'absent_unexcused' }) }));
      expect(result.certifiable).toBe(false);
      expect(result.openMakeUps).toEqual([]);
      expect(requirement(result, 'attendance:day-7').status).toBe('pending');
      expect(requirement(result, 'enrolment')).toMatchObject({
        status: 'failed',
        reason: {
          sv: 'Har avbrutit utbildningen: kan inte certifieras i den här kullen',
          en: 'Withdrawn from the training: cannot be certified in this cohort',
        },
      });
      expect(result.summary).toEqual({ met: 20, pending: 1, failed: 1, total: 22 });
    });

    it('blocks a trainee who has done everything else', () => {
      const result = evaluateCompletion(input({ withdrawn: true }));
      expect(result.certifiable).toBe(false);
      expect(missingRequirements(result).map((r) => r.id)).toEqual(['enrolment']);
    });
  });

  it('neither changes its input nor depends on anything but it', () => {
    const frozen = deepFreeze(input({ attendance: withMarks({ 7: 'absent_unexcused' }) }));
    const first = evaluateCompletion(frozen);
    expect(evaluateCompletion(frozen)).toEqual(first);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
