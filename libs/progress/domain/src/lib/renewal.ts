/**
 * The renewal engine: whether a certificate can be renewed for another period,
 * and what is still missing. Pure and without a clock, like the completion engine:
 * the caller passes the certificates with their status as of today, and the
 * supervision hours attended within the renewed certificate's period.
 *
 * Rules (the course version's `validity.renewal`):
 * - Each course in `courses` needs a `valid` certificate of that course issued on
 *   or after the renewed certificate's issue instant. Until the holder has one, the
 *   requirement is pending.
 * - `supervisionHours` (when more than zero) needs at least that many hours
 *   attended within the period.
 * - Ready iff every requirement is met.
 */
import type { Text } from '@peer/curriculum/model';
import * as texts from './texts';
import type { RenewalInput, RenewalRequirementStatus, RenewalResult } from './types';

export const SUPERVISION_HOURS_REQUIREMENT_ID = 'supervision-hours';

export function renewalCourseRequirementId(courseId: string): string {
  return `renewal-course:${courseId}`;
}

/** Hours are summed from minutes; a rounding error must not refuse a renewal. */
const HOURS_EPSILON = 1e-6;

export function evaluateRenewal(input: RenewalInput): RenewalResult {
  const requirements: RenewalRequirementStatus[] = [
    ...[...new Set(input.rules.courses)].map((courseId) => evaluateCourse(input, courseId)),
  ];
  if (input.rules.supervisionHours > 0) requirements.push(evaluateHours(input.supervisionHours, input.rules.supervisionHours));
  return { ready: requirements.every((r) => r.status === 'met'), requirements };
}

/** The ids of the requirements that are not met, in order. */
export function missingRenewalRequirements(result: RenewalResult): string[] {
  return result.requirements.filter((r) => r.status !== 'met').map((r) => r.id);
}

function evaluateCourse(input: RenewalInput, courseId: string): RenewalRequirementStatus {
  const title = input.courseTitles?.[courseId] ?? ({ sv: courseId, en: courseId } satisfies Text);
  const since = Date.parse(input.renewed.issuedAt);
  const counting = input.certificates
    .filter((c) => c.courseId === courseId && c.status === 'valid' && Date.parse(c.issuedAt) >= since)
    .sort((a, b) => Date.parse(b.issuedAt) - Date.parse(a.issuedAt));
  const held = counting[0];
  return {
    id: renewalCourseRequirementId(courseId),
    kind: 'renewal-course',
    status: held ? 'met' : 'pending',
    label: texts.renewalCourseLabel(title),
    reason: held ? texts.renewalCourseHeld(title, stockholmDate(held.issuedAt)) : texts.renewalCourseMissing(title, stockholmDate(input.renewed.issuedAt)),
  };
}

function evaluateHours(attended: number, required: number): RenewalRequirementStatus {
  return {
    id: SUPERVISION_HOURS_REQUIREMENT_ID,
    kind: 'supervision-hours',
    status: attended + HOURS_EPSILON >= required ? 'met' : 'pending',
    label: texts.supervisionHoursLabel(required),
    reason: texts.supervisionHoursProgress(attended, required),
  };
}

const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of an instant in Europe/Stockholm, `YYYY-MM-DD`. */
function stockholmDate(instant: string): string {
  return STOCKHOLM_DATE.format(new Date(instant));
}
