import fc from 'fast-check';
import type { CourseVersionContent } from '@peer/curriculum/model';
import { arbInput } from '../testing/arbitraries';
import { completeInput } from '../testing/inputs';
import { smallCourseContent } from '../testing/course-fixture';
import { evaluateCompletion, prerequisiteRequirementId, requirementIds } from './completion';
import { HELD_CERTIFICATE_STATUSES, type CompletionInput, type HeldCertificate, type HeldCertificateStatus } from './types';

const COURSES = ['base', 'psychosis', 'addiction'] as const;
const NOT_VALID = HELD_CERTIFICATE_STATUSES.filter((status) => status !== 'valid');

function requiring(content: CourseVersionContent, prerequisites: readonly string[]): CourseVersionContent {
  return { ...content, course: { ...content.course, prerequisites } };
}

const arbPrerequisites = fc.subarray([...COURSES], { minLength: 1 });
const arbCertificate = (statuses: readonly HeldCertificateStatus[]): fc.Arbitrary<HeldCertificate> =>
  fc.record({ courseId: fc.constantFrom(...COURSES), status: fc.constantFrom(...statuses) });

/** Any trainee of a course with prerequisites, holding any certificates. */
const arbWithPrerequisites = fc
  .tuple(arbInput, arbPrerequisites, fc.array(arbCertificate(HELD_CERTIFICATE_STATUSES), { maxLength: 6 }))
  .map(([input, prerequisites, certificates]): CompletionInput => ({ ...input, content: requiring(input.content, prerequisites), certificates }));

const holdsValid = (input: CompletionInput, courseId: string) =>
  (input.certificates ?? []).some((c) => c.courseId === courseId && c.status === 'valid');

describe('prerequisites as requirements', () => {
  it('never completes a trainee who lacks a valid certificate of a prerequisite, whatever else she has done', () => {
    fc.assert(
      fc.property(arbWithPrerequisites, (input) => {
        const result = evaluateCompletion(input);
        for (const courseId of input.content.course.prerequisites) {
          const requirement = result.requirements.find((r) => r.id === prerequisiteRequirementId(courseId));
          expect(requirement?.kind).toBe('prerequisite');
          expect(requirement?.status).toBe(holdsValid(input, courseId) ? 'met' : 'pending');
          if (!holdsValid(input, courseId)) expect(result.certifiable).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('with every prerequisite validly held, decides exactly as for a course without prerequisites', () => {
    const arbHeld = fc
      .tuple(arbWithPrerequisites, fc.array(arbCertificate(HELD_CERTIFICATE_STATUSES), { maxLength: 4 }))
      .map(([input, extra]): CompletionInput => ({
        ...input,
        certificates: [...extra, ...input.content.course.prerequisites.map((courseId) => ({ courseId, status: 'valid' as const })), ...(input.certificates ?? [])],
      }));
    fc.assert(
      fc.property(arbHeld, (input) => {
        const result = evaluateCompletion(input);
        const without = evaluateCompletion({ ...input, content: requiring(input.content, []) });
        expect(result.certifiable).toBe(without.certifiable);
        for (const courseId of input.content.course.prerequisites) {
          expect(result.requirements.find((r) => r.id === prerequisiteRequirementId(courseId))?.status).toBe('met');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not count revoked, superseded or expired certificates, however many', () => {
    const content = requiring(smallCourseContent({ dayCount: 2, scenarioCount: 1, studyVisitCount: 1, attendance: { maxMadeUpAbsences: 0, makeUpMethods: [] } }), ['base']);
    fc.assert(
      fc.property(fc.array(arbCertificate(NOT_VALID), { maxLength: 8 }), (certificates) => {
        const result = evaluateCompletion({ ...completeInput(content), certificates });
        expect(result.certifiable).toBe(false);
        expect(result.requirements.find((r) => r.id === 'prerequisite:base')?.status).toBe('pending');
      }),
      { numRuns: 200 },
    );
  });

  it('lists a prerequisite column for each required course, and names it in Swedish and English', () => {
    const content = requiring(smallCourseContent({ dayCount: 1, scenarioCount: 0, studyVisitCount: 0, attendance: { maxMadeUpAbsences: 0, makeUpMethods: [] } }), ['base']);
    expect(requirementIds(content)).toContain('prerequisite:base');
    const courseTitles = { base: { sv: 'Grundutbildning', en: 'Base course' } };
    const missing = evaluateCompletion({ ...completeInput(content), courseTitles });
    expect(missing.requirements.map((r) => r.id)).toEqual(requirementIds(content));
    expect(missing.requirements.at(-1)).toMatchObject({
      status: 'pending',
      label: { sv: 'Förkunskapskrav: Grundutbildning', en: 'Prerequisite: Base course' },
      reason: { sv: 'Kräver giltigt intyg: Grundutbildning', en: 'Requires a valid certificate: Base course' },
    });
    const expired = evaluateCompletion({ ...completeInput(content), courseTitles, certificates: [{ courseId: 'base', status: 'expired' }] });
    expect(expired.requirements.at(-1)?.reason.en).toBe('Requires a valid certificate: Base course (the certificate has expired)');
    const held = evaluateCompletion({ ...completeInput(content), courseTitles, certificates: [{ courseId: 'base', status: 'valid' }] });
    expect(held.certifiable).toBe(true);
    expect(held.requirements.at(-1)?.reason).toEqual({ sv: 'Har giltigt intyg: Grundutbildning', en: 'Holds a valid certificate: Base course' });
  });
});
