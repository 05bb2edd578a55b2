import type { RolePlayAttemptDto, StudyVisitDto } from '@peer/contract';
import { ASA } from '@peer/web/cohorts/data-access/testing';
import { BOUNDARY_QUESTION } from '@peer/web/curriculum/data-access/testing';

// Test fixtures: role-play attempts and study visits of the fictional cohort in
// `@peer/web/cohorts/data-access/testing`. Never imported by production code.

export const ENROLMENT_ID = `e-${ASA.id}`;
export const ATTEMPT_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
export const VISIT_ID = '8c7b6a59-4e3d-4c2b-9a1f-0e9d8c7b6a59';

/** An open draft of "A boundary question" with nothing marked yet. */
export function anAttempt(overrides: Partial<RolePlayAttemptDto> = {}): RolePlayAttemptDto {
  return {
    id: ATTEMPT_ID,
    enrolmentId: ENROLMENT_ID,
    traineeName: ASA.name,
    scenarioId: BOUNDARY_QUESTION.id,
    scenarioTitle: BOUNDARY_QUESTION.title,
    attempt: 1,
    status: 'draft',
    criteria: BOUNDARY_QUESTION.rubric.map((criterion) => ({ criterionId: criterion.id, text: criterion.text, shown: null, feedback: null })),
    overallFeedback: null,
    result: null,
    draftResult: null,
    observer: 'Eva Kärrlund',
    createdAt: '2026-03-09T10:00:00.000Z',
    signedAt: null,
    reflections: [],
    ...overrides,
  };
}

/** A signed attempt: every criterion shown, passed. */
export function aSignedAttempt(overrides: Partial<RolePlayAttemptDto> = {}): RolePlayAttemptDto {
  const draft = anAttempt();
  return anAttempt({
    status: 'signed',
    result: 'passed',
    criteria: draft.criteria.map((criterion, index) => ({ ...criterion, shown: true, feedback: index === 0 ? 'Tydligt och varmt.' : null })),
    overallFeedback: 'Bra balans mellan värme och gräns.',
    signedAt: '2026-03-09T10:30:00.000Z',
    ...overrides,
  });
}

/** A visit to the required inpatient unit, confirmed by the host, not reflected on yet. */
export function aStudyVisit(overrides: Partial<StudyVisitDto> = {}): StudyVisitDto {
  return {
    id: VISIT_ID,
    enrolmentId: ENROLMENT_ID,
    traineeName: ASA.name,
    requirementId: 'inpatient-visit',
    requirementTitle: { sv: 'Studiebesök i heldygnsvård', en: 'Study visit to an inpatient unit' },
    unitName: 'Avdelning 12',
    kind: 'inpatient',
    kindTitle: { sv: 'Heldygnsvård', en: 'Inpatient care' },
    organisation: 'Sahlgrenska',
    date: '2026-03-04',
    hours: 4,
    hostEmail: 'vard@example.org',
    status: 'confirmed',
    confirmedAt: '2026-03-05T08:00:00.000Z',
    hostAnswer: 'confirmed',
    registeredHours: null,
    questions: [
      { sv: 'Hur tas en person emot?', en: 'How is a person received?' },
      { sv: 'Vilka regler styr vardagen?', en: 'Which rules shape everyday life?' },
      { sv: 'Vad väckte besöket hos dig?', en: 'What did the visit stir in you?' },
    ],
    answers: null,
    leaderComment: null,
    approvedAt: null,
    approvedBy: null,
    ...overrides,
  };
}

/** The same visit with a reflection handed in: in the leader's approval queue. */
export function aReflectedVisit(overrides: Partial<StudyVisitDto> = {}): StudyVisitDto {
  return aStudyVisit({
    status: 'reflected',
    answers: ['Med lugn och tid.', 'Fasta tider för måltider och besök.', 'Igenkänning och hopp.'],
    ...overrides,
  });
}
