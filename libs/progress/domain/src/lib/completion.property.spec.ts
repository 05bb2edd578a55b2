import fc from 'fast-check';
import type { CourseVersionContent } from '@peer/curriculum/model';
import { arbContent, arbInput, arbRecords, arbShuffled, type CompletionRecords } from '../testing/arbitraries';
import { evaluateCompletion, missingRequirements, requirementIds } from './completion';
import type { CompletionInput } from './types';

/**
 * An independent statement of when a trainee is certifiable, written from
 * the rules rather than from the engine.
 */
function oracleCertifiable(input: CompletionInput): boolean {
  const { course } = input.content;
  const { attendance: rule, rolePlays, studyVisits } = course.completion;
  const inCourse = (day: number) => Number.isInteger(day) && day >= 1 && day <= course.dayCount;
  const marks = input.attendance.filter((mark) => inCourse(mark.dayNumber));
  const attended = new Set(marks.filter((m) => m.status === 'present' || m.status === 'late').map((m) => m.dayNumber));
  const absent = new Set(marks.map((m) => m.dayNumber).filter((day) => !attended.has(day)));
  const madeUp = new Set(input.makeUps.filter((m) => rule.makeUpMethods.includes(m.method)).map((m) => m.dayNumber));

  const everyDayAttendedOrMadeUp = course.days.every(
    ({ number }) => attended.has(number) || (absent.has(number) && madeUp.has(number)),
  );
  const withinLimit = absent.size <= rule.maxMadeUpAbsences;
  const everyRolePlayPassed = rolePlays.every((id) =>
    input.rolePlays.some((attempt) => attempt.scenarioId === id && attempt.result === 'passed'),
  );
  const everyVisitApproved = studyVisits.every((id) =>
    input.studyVisits.some((record) => record.requirementId === id && record.status === 'approved'),
  );
  return everyDayAttendedOrMadeUp && withinLimit && everyRolePlayPassed && everyVisitApproved && !input.withdrawn;
}

function concat(content: CourseVersionContent, base: CompletionRecords, extra: CompletionRecords): CompletionInput {
  return {
    ...base,
    content,
    schedule: [...base.schedule, ...extra.schedule],
    attendance: [...base.attendance, ...extra.attendance],
    makeUps: [...base.makeUps, ...extra.makeUps],
    rolePlays: [...base.rolePlays, ...extra.rolePlays],
    studyVisits: [...base.studyVisits, ...extra.studyVisits],
  };
}

describe('evaluateCompletion properties', () => {
  it('generates both certifiable and uncertifiable trainees', () => {
    const results = fc.sample(arbInput, { numRuns: 500, seed: 42 }).map((input) => evaluateCompletion(input).certifiable);
    expect(results.filter(Boolean).length).toBeGreaterThan(25);
    expect(results.filter((certifiable) => !certifiable).length).toBeGreaterThan(25);
  });

  it('never makes a trainee certifiable while a requirement is unmet', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = evaluateCompletion(input);
        const missing = missingRequirements(result);
        expect(result.certifiable).toBe(missing.length === 0);
        expect(result.certifiable).toBe(result.requirements.every((r) => r.status === 'met'));
        const { met, pending, failed, total } = result.summary;
        expect(met + pending + failed).toBe(total);
        expect(total).toBe(result.requirements.length);
        expect(missing).toHaveLength(pending + failed);
      }),
      { numRuns: 300 },
    );
  });

  it('certifies exactly when every day is attended or made up within the limit, every role-play passed, every study visit approved and the trainee has not withdrawn', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        expect(evaluateCompletion(input).certifiable).toBe(oracleCertifiable(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('never turns a met role-play or study visit back to unmet when records are added', () => {
    const arbBeforeAndAfter = arbContent.chain((content) =>
      fc.tuple(arbRecords(content), arbRecords(content)).map(([base, extra]) => ({
        before: { ...base, content },
        after: concat(content, base, extra),
      })),
    );
    fc.assert(
      fc.property(arbBeforeAndAfter, ({ before, after }) => {
        const afterById = new Map(evaluateCompletion(after).requirements.map((r) => [r.id, r]));
        for (const requirement of evaluateCompletion(before).requirements) {
          if ((requirement.kind === 'role-play' || requirement.kind === 'study-visit') && requirement.status === 'met') {
            expect(afterById.get(requirement.id)?.status).toBe('met');
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the records', () => {
    const arbPair = arbInput.chain((input) => arbShuffled(input).map((shuffled) => [input, shuffled] as const));
    fc.assert(
      fc.property(arbPair, ([input, shuffled]) => {
        expect(evaluateCompletion(shuffled)).toEqual(evaluateCompletion(input));
      }),
      { numRuns: 500 },
    );
  });

  it('lists every requirement of the matrix once, in the order of requirementIds', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const ids = evaluateCompletion(input).requirements.map((r) => r.id);
        expect(ids).toEqual(requirementIds(input.content));
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('keeps open make-ups in step with pending attendance days, and fails only attendance and enrolment', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = evaluateCompletion(input);
        const days = result.openMakeUps.map((open) => open.dayNumber);
        expect(days).toEqual([...days].sort((a, b) => a - b));
        for (const open of result.openMakeUps) {
          const day = result.requirements.find((r) => r.id === `attendance:day-${open.dayNumber}`);
          expect(day).toMatchObject({ status: 'pending', reason: open.reason });
        }
        if (input.withdrawn) expect(days).toEqual([]);
        // Every pending course day of an enrolled trainee says why it waits, nothing else does,
        // and "blocked" is exactly an open make-up.
        for (const requirement of result.requirements) {
          const pendingDay = requirement.kind === 'attendance' && requirement.status === 'pending' && !input.withdrawn;
          expect({ id: requirement.id, attention: pendingDay }).toEqual({ id: requirement.id, attention: requirement.attention !== undefined });
        }
        const blocked = result.requirements.filter((r) => r.attention === 'blocked').map((r) => r.id);
        expect(blocked).toEqual(days.map((day) => `attendance:day-${day}`));
        for (const requirement of result.requirements) {
          if (requirement.kind === 'role-play' || requirement.kind === 'study-visit') {
            expect(requirement.status).not.toBe('failed');
          }
          expect(requirement.reason.sv).not.toBe('');
          expect(requirement.reason.en).not.toBe('');
        }
      }),
    );
  });
});
