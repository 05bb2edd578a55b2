/**
 * Ready-made engine inputs for tests. Not part of the library's public API.
 */
import type { CourseVersionContent } from '@peer/curriculum/model';
import type { CompletionInput } from '../lib/types';

/** The date of day `n` in the fixture schedules: 2026-03-02 for day 1, one day apart. */
export function fixtureDate(dayNumber: number): string {
  return `2026-03-${String(dayNumber + 1).padStart(2, '0')}`;
}

/**
 * A trainee who has done everything: every day scheduled and attended, every
 * required role-play passed and study visit approved; `today` after the last day.
 */
export function completeInput(content: CourseVersionContent): CompletionInput {
  const { course } = content;
  const days = course.days.map((day) => day.number);
  return {
    content,
    schedule: days.map((dayNumber) => ({ dayNumber, date: fixtureDate(dayNumber) })),
    attendance: days.map((dayNumber) => ({ dayNumber, status: 'present' as const })),
    makeUps: [],
    rolePlays: course.completion.rolePlays.map((scenarioId) => ({
      scenarioId,
      result: 'passed' as const,
      signedAt: '2026-03-10T14:00:00+01:00',
    })),
    studyVisits: course.completion.studyVisits.map((requirementId) => ({ requirementId, status: 'approved' as const })),
    today: '2026-04-01',
  };
}
