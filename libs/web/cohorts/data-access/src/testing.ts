import type {
  CohortDto,
  CohortProgressPageDto,
  CohortSummaryDto,
  CompletionResult,
  CourseDaySlotDto,
  DayAttendanceDto,
  EnrolmentDto,
  InvitationDto,
  MyCourseDayDto,
  MyEnrolmentDto,
  ProgressPageRowDto,
} from '@peer/contract';

// Test fixtures: a fictional two-day cohort with two trainees. Never imported by production code.

export const COHORT_ID = '3b0c6a1e-5d7f-4a8b-9c0d-1e2f3a4b5c6d';
export const LEADER = { id: '7f9c24e5-3f3a-4c0e-9a59-0d6a3c2b1e11', name: 'Eva Kärrlund' };
export const ASA = { id: '1e0c4e9f-9b54-4e5b-8e9b-1a3b4c5d6e7f', name: 'Åsa Lindström', email: 'asa.lindstrom@example.org' };
export const BJORN = { id: '2f1d5f0a-0c65-4f6c-9fac-2b4c5d6e7f80', name: 'Björn Öberg', email: 'bjorn.oberg@example.org' };

export function aCohortSummary(overrides: Partial<CohortSummaryDto> = {}): CohortSummaryDto {
  return {
    id: COHORT_ID,
    name: 'Göteborg vår 2026',
    courseId: 'base',
    version: 1,
    courseTitle: { sv: 'Grundutbildning för peer supporter', en: 'Base course for peer supporters' },
    dayCount: 2,
    scheduledDays: 1,
    firstDate: '2026-03-02',
    lastDate: '2026-03-02',
    leaders: [LEADER],
    traineeCount: 2,
    ...overrides,
  };
}

export function aDaySlot(overrides: Partial<CourseDaySlotDto> = {}): CourseDaySlotDto {
  return {
    id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    dayNumber: 1,
    title: { sv: 'Återhämtning', en: 'Recovery' },
    date: '2026-03-02',
    startTime: '09:00',
    endTime: '16:00',
    place: 'Lokal Älvsborg',
    ...overrides,
  };
}

export function anEnrolment(trainee: { id: string; name: string; email: string } = ASA, overrides: Partial<EnrolmentDto> = {}): EnrolmentDto {
  return {
    id: `e-${trainee.id}`,
    traineeId: trainee.id,
    name: trainee.name,
    email: trainee.email,
    enrolledAt: '2026-02-01T10:00:00.000Z',
    withdrawnAt: null,
    withdrawalReason: null,
    ...overrides,
  };
}

export function aCohort(overrides: Partial<CohortDto> = {}): CohortDto {
  return {
    ...aCohortSummary(),
    days: [aDaySlot()],
    enrolments: [anEnrolment(ASA), anEnrolment(BJORN)],
    invitations: [],
    ...overrides,
  };
}

export function aDayAttendance(overrides: Partial<DayAttendanceDto> = {}): DayAttendanceDto {
  return {
    day: aDaySlot(),
    rows: [
      { traineeId: ASA.id, name: ASA.name, status: null, comment: null, notice: null },
      {
        traineeId: BJORN.id,
        name: BJORN.name,
        status: 'absent_unexcused',
        comment: null,
        notice: { reason: 'Tandläkare', reportedAt: '2026-02-27T08:00:00.000Z' },
      },
    ],
    ...overrides,
  };
}

/** A result with day 1 missed (open make-up), day 2 upcoming and a role-play not yet passed. */
export function aCompletionResult(overrides: Partial<CompletionResult> = {}): CompletionResult {
  const requirements: CompletionResult['requirements'] = [
    {
      id: 'attendance:day-1',
      kind: 'attendance',
      status: 'pending',
      label: { sv: 'Dag 1: Återhämtning', en: 'Day 1: Recovery' },
      reason: { sv: 'Dag 1 saknas: ta igen i en annan kull', en: 'Day 1 missing: make it up in another cohort' },
      attention: 'blocked',
    },
    {
      id: 'attendance:day-2',
      kind: 'attendance',
      status: 'pending',
      label: { sv: 'Dag 2: Gränser', en: 'Day 2: Boundaries' },
      reason: { sv: 'Dag 2 (2026-03-09) har inte ägt rum än', en: 'Day 2 (2026-03-09) has not taken place yet' },
      attention: 'upcoming',
    },
    {
      id: 'attendance-limit',
      kind: 'attendance-limit',
      status: 'met',
      label: { sv: 'Frånvarogräns', en: 'Absence limit' },
      reason: { sv: '1 frånvarodag, högst 2 får tas igen', en: '1 absent day, at most 2 may be made up' },
    },
    {
      id: 'role-play:boundary-question',
      kind: 'role-play',
      status: 'pending',
      label: { sv: 'Rollspel: En gränsfråga', en: 'Role-play: A boundary question' },
      reason: { sv: 'Rollspelet ”En gränsfråga”: inte observerat än', en: 'Role-play “A boundary question”: not observed yet' },
    },
    {
      id: 'enrolment',
      kind: 'enrolment',
      status: 'met',
      label: { sv: 'Inskrivning i kullen', en: 'Enrolment in the cohort' },
      reason: { sv: 'Inskriven i kullen', en: 'Enrolled in the cohort' },
    },
  ];
  return {
    certifiable: false,
    requirements,
    openMakeUps: [{ dayNumber: 1, date: '2026-03-02', reason: requirements[0].reason }],
    summary: { met: 2, pending: 3, failed: 0, total: 5 },
    ...overrides,
  };
}

export function aMyCourseDay(overrides: Partial<MyCourseDayDto> = {}): MyCourseDayDto {
  return { ...aDaySlot(), status: null, comment: null, absenceReported: false, ...overrides };
}

export function aMyEnrolment(overrides: Partial<MyEnrolmentDto> = {}): MyEnrolmentDto {
  return {
    enrolmentId: `e-${ASA.id}`,
    cohort: aCohortSummary({ scheduledDays: 2, lastDate: '2026-03-09' }),
    days: [
      aMyCourseDay({ status: 'absent_unexcused' }),
      aMyCourseDay({
        id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
        dayNumber: 2,
        title: { sv: 'Gränser', en: 'Boundaries' },
        date: '2026-03-09',
      }),
    ],
    makeUps: [],
    result: aCompletionResult(),
    ...overrides,
  };
}

const STATE_CODES = { met: 'm', pending: 'p', failed: 'f' } as const;
const ATTENTION_CODES = { blocked: 'b', overdue: 'o', upcoming: 'u' } as const;

/** A trainee's compact row of `aCohortProgress()`, with `aCompletionResult()`'s cells. */
export function aProgressRow(trainee: { id: string; name: string } = ASA, overrides: Partial<ProgressPageRowDto> = {}): ProgressPageRowDto {
  const result = aCompletionResult();
  return {
    traineeId: trainee.id,
    enrolmentId: `e-${trainee.id}`,
    name: trainee.name,
    certifiable: false,
    summary: result.summary,
    states: result.requirements.map((r) => (r.attention ? ATTENTION_CODES[r.attention] : STATE_CODES[r.status])).join(''),
    reasons: result.requirements.map((_, index) => index),
    ...overrides,
  };
}

/** The API's answer: the first (and only) page of the matrix, Åsa's row in the compact form. */
export function aCohortProgress(overrides: Partial<CohortProgressPageDto> = {}): CohortProgressPageDto {
  const result = aCompletionResult();
  const rows = overrides.rows ?? [aProgressRow(ASA)];
  return {
    cohortId: COHORT_ID,
    requirements: result.requirements.map(({ id, kind, label }) => ({ id, kind, label })),
    reasons: result.requirements.map((r) => r.reason),
    rows,
    total: rows.length,
    offset: 0,
    limit: 100,
    ...overrides,
  };
}

export function anInvitation(overrides: Partial<InvitationDto> = {}): InvitationDto {
  return {
    id: 'a5b6c7d8-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
    name: 'Cilla Nyberg',
    email: 'cilla.nyberg@example.org',
    status: 'invited',
    invitedAt: '2026-02-01T10:00:00.000Z',
    expiresAt: '2026-02-15T10:00:00.000Z',
    ...overrides,
  };
}
