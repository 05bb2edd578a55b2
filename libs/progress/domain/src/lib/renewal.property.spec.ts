import fc from 'fast-check';
import { evaluateRenewal, missingRenewalRequirements, renewalCourseRequirementId, SUPERVISION_HOURS_REQUIREMENT_ID } from './renewal';
import { HELD_CERTIFICATE_STATUSES, type RenewalCertificate, type RenewalInput } from './types';

const COURSES = ['base', 'psychosis', 'refresher'] as const;
const RENEWED_AT = Date.parse('2026-05-04T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Hours in tenths, 0..200, as the curriculum allows them. */
const arbHours = fc.integer({ min: 0, max: 2000 }).map((tenths) => tenths / 10);
const arbCertificate: fc.Arbitrary<RenewalCertificate> = fc.record({
  courseId: fc.constantFrom(...COURSES),
  status: fc.constantFrom(...HELD_CERTIFICATE_STATUSES),
  // From two years before the renewed certificate to three years after it.
  issuedAt: fc.integer({ min: -730, max: 1095 }).map((days) => iso(RENEWED_AT + days * DAY)),
});

const arbInput: fc.Arbitrary<RenewalInput> = fc.record({
  rules: fc.record({ courses: fc.subarray([...COURSES]), supervisionHours: arbHours }),
  renewed: fc.constant({ issuedAt: iso(RENEWED_AT), validUntil: '2029-05-04T10:00:00.000Z' }),
  certificates: fc.array(arbCertificate, { maxLength: 6 }),
  supervisionHours: arbHours,
});

const counts = (input: RenewalInput, courseId: string) =>
  input.certificates.some((c) => c.courseId === courseId && c.status === 'valid' && Date.parse(c.issuedAt) >= RENEWED_AT);

describe('evaluateRenewal', () => {
  it('is never ready with fewer supervision hours than the rules ask for', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = evaluateRenewal(input);
        if (input.supervisionHours < input.rules.supervisionHours) {
          expect(result.ready).toBe(false);
          expect(result.requirements.find((r) => r.id === SUPERVISION_HOURS_REQUIREMENT_ID)?.status).toBe('pending');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is never ready without a valid certificate of each renewal course issued on or after the renewed one', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = evaluateRenewal(input);
        for (const courseId of input.rules.courses) {
          const requirement = result.requirements.find((r) => r.id === renewalCourseRequirementId(courseId));
          expect(requirement?.kind).toBe('renewal-course');
          expect(requirement?.status).toBe(counts(input, courseId) ? 'met' : 'pending');
          if (!counts(input, courseId)) expect(result.ready).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is ready exactly when every requirement is met, and lists the unmet ones', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = evaluateRenewal(input);
        const expected = input.rules.courses.every((courseId) => counts(input, courseId)) && input.supervisionHours >= input.rules.supervisionHours;
        expect(result.ready).toBe(expected);
        expect(result.ready).toBe(result.requirements.every((r) => r.status === 'met'));
        expect(missingRenewalRequirements(result)).toEqual(result.requirements.filter((r) => r.status === 'pending').map((r) => r.id));
        expect(result.requirements.map((r) => r.id)).toEqual([
          ...input.rules.courses.map(renewalCourseRequirementId),
          ...(input.rules.supervisionHours > 0 ? [SUPERVISION_HOURS_REQUIREMENT_ID] : []),
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it('shows hours with a decimal comma in Swedish and a point in English', () => {
    fc.assert(
      fc.property(arbHours, fc.integer({ min: 11, max: 2000 }).map((t) => t / 10), (attended, required) => {
        const reason = evaluateRenewal({ rules: { courses: [], supervisionHours: required }, renewed: { issuedAt: iso(RENEWED_AT), validUntil: null }, certificates: [], supervisionHours: attended }).requirements[0].reason;
        expect(reason.sv).toBe(`Förnyelse: ${String(attended).replace('.', ',')} av ${String(required).replace('.', ',')} handledningstimmar`);
        expect(reason.en).toBe(`Renewal: ${attended} of ${required} supervision hours`);
        expect(reason.sv).not.toContain('.');
      }),
      { numRuns: 300 },
    );
  });

  it('names the renewal course and its dates in Swedish and English', () => {
    const refresher = { sv: 'Uppdatering och repetition för certifierade peer supporters', en: 'Refresher for certified peer supporters' };
    const base = { rules: { courses: ['refresher'], supervisionHours: 10 }, renewed: { issuedAt: '2026-05-04T10:00:00Z', validUntil: '2029-05-04T10:00:00Z' }, courseTitles: { refresher } };
    const missing = evaluateRenewal({ ...base, certificates: [{ courseId: 'refresher', status: 'valid', issuedAt: '2026-05-03T21:00:00Z' }], supervisionHours: 7.5 });
    expect(missing.ready).toBe(false);
    expect(missing.requirements).toEqual([
      {
        id: 'renewal-course:refresher',
        kind: 'renewal-course',
        status: 'pending',
        label: { sv: `Förnyelse: ${refresher.sv}`, en: `Renewal: ${refresher.en}` },
        reason: { sv: `Kräver giltigt intyg utfärdat 2026-05-04 eller senare: ${refresher.sv}`, en: `Requires a valid certificate issued on or after 2026-05-04: ${refresher.en}` },
      },
      {
        id: 'supervision-hours',
        kind: 'supervision-hours',
        status: 'pending',
        label: { sv: 'Förnyelse: 10 handledningstimmar', en: 'Renewal: 10 supervision hours' },
        reason: { sv: 'Förnyelse: 7,5 av 10 handledningstimmar', en: 'Renewal: 7.5 of 10 supervision hours' },
      },
    ]);
    // 23:30 UTC on 2 March is 3 March in Stockholm (UTC+1).
    const ready = evaluateRenewal({ ...base, certificates: [{ courseId: 'refresher', status: 'valid', issuedAt: '2029-03-02T23:30:00Z' }], supervisionHours: 10 });
    expect(ready.ready).toBe(true);
    expect(ready.requirements[0].reason).toEqual({ sv: `Har giltigt intyg: ${refresher.sv} (utfärdat 2029-03-03)`, en: `Holds a valid certificate: ${refresher.en} (issued 2029-03-03)` });
    expect(ready.requirements[1].reason.sv).toBe('Förnyelse: 10 av 10 handledningstimmar');
  });
});
