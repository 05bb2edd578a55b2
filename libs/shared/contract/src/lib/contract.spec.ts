import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MAX_INTEGER_COLUMN } from '../index';
import {
  ApproveAssignmentRequest,
  CohortDayParams,
  CourseDayParams,
  CourseDiffQuery,
  CreateCohortRequest,
  CreateUserRequest,
  MarkAttendanceRequest,
  RegisterStudyVisitRequest,
  ScheduleDayRequest,
} from '../validation';

/** The rule names each field breaks, as the API's error body reports them. */
function broken<T extends object>(type: new () => T, body: object): Record<string, string[]> {
  const errors = validateSync(plainToInstance(type, body), { whitelist: true, forbidNonWhitelisted: true });
  const flat = (list: typeof errors, parent = ''): [string, string[]][] =>
    list.flatMap((e) => [
      [`${parent}${e.property}`, Object.keys(e.constraints ?? {})] as [string, string[]],
      ...flat(e.children ?? [], `${parent}${e.property}.`),
    ]);
  return Object.fromEntries(flat(errors).filter(([, rules]) => rules.length > 0));
}

describe('request contracts', () => {
  it('accepts a valid new user and names each broken rule otherwise', () => {
    expect(broken(CreateUserRequest, { email: 'asa@example.org', name: 'Åsa', role: 'trainee' })).toEqual({});
    expect(broken(CreateUserRequest, { email: 'asa', name: '   ', role: 'admin', extra: 1 })).toEqual({
      email: ['isEmail'],
      name: ['matches'],
      role: ['isIn'],
      extra: ['whitelistValidation'],
    });
  });

  it('accepts real calendar dates and HH:MM times only', () => {
    expect(broken(ScheduleDayRequest, { date: '2026-03-02', startTime: '09:00', endTime: '16:30', place: 'Göteborg' })).toEqual({});
    const errors = broken(ScheduleDayRequest, { date: '2026-02-30', startTime: '9:00', endTime: '24:00', place: '' });
    expect(Object.keys(errors).sort()).toEqual(['date', 'endTime', 'place', 'startTime']);
  });

  it('validates every attendance mark in a batch', () => {
    const errors = broken(MarkAttendanceRequest, { marks: [{ traineeId: 'x', status: 'present' }, { traineeId: '6f1c1b8e-6c39-4a53-9e83-3f0c0f0f0f0f', status: 'away' }] });
    expect(errors).toEqual({ 'marks.0.traineeId': ['isUuid'], 'marks.1.status': ['isIn'] });
  });

  it('turns route parameters into numbers and checks them', () => {
    const params = plainToInstance(CourseDayParams, { courseId: 'base', version: '2', day: '7' });
    expect(params).toMatchObject({ version: 2, day: 7 });
    expect(broken(CourseDayParams, { courseId: 'Base!', version: '0', day: 'x' })).toEqual({ courseId: ['matches'], version: ['min'], day: ['max', 'min', 'isInt'] });
  });

  it('keeps whole numbers within an integer column', () => {
    const cohortId = '6f1c1b8e-6c39-4a53-9e83-3f0c0f0f0f0f';
    expect(broken(CreateCohortRequest, { name: 'Kull', courseId: 'base', version: MAX_INTEGER_COLUMN })).toEqual({});
    expect(broken(CreateCohortRequest, { name: 'Kull', courseId: 'base', version: 1e308 })).toEqual({ version: ['max'] });
    expect(broken(CohortDayParams, { cohortId, dayNumber: '2147483648' })).toEqual({ dayNumber: ['max'] });
    expect(broken(CourseDayParams, { courseId: 'base', version: '2147483648', day: '1e308' })).toEqual({ version: ['max'], day: ['max'] });
    expect(broken(CourseDiffQuery, { from: '9999999999' })).toEqual({ from: ['max'] });
    expect(broken(ApproveAssignmentRequest, { dayNumber: 2 ** 31, note: 'x' })).toEqual({ dayNumber: ['max'] });
  });

  it('offers no field for patient data on a study visit', () => {
    const errors = broken(RegisterStudyVisitRequest, {
      enrolmentId: '6f1c1b8e-6c39-4a53-9e83-3f0c0f0f0f0f',
      requirementId: 'inpatient-visit',
      unitName: 'Avdelning 12',
      kind: 'inpatient',
      organisation: 'Region',
      date: '2026-01-20',
      hours: 3.5,
      hostEmail: 'host@example.org',
      patientName: 'N.N.',
    });
    expect(errors).toEqual({ patientName: ['whitelistValidation'] });
  });
});

describe('entries', () => {
  /** The validation libraries an entry loads when it is imported. */
  function librariesLoadedBy(entry: string): string[] {
    const loaded = new Set<string>();
    const decorator = () => () => undefined;
    jest.isolateModules(() => {
      for (const name of ['class-validator', 'class-transformer']) {
        jest.doMock(name, () => {
          loaded.add(name);
          return new Proxy({}, { get: () => decorator });
        });
      }
      require(entry);
    });
    return [...loaded].sort();
  }

  it('keeps class-validator and class-transformer out of @peer/contract, which the web imports', () => {
    expect(librariesLoadedBy('../index')).toEqual([]);
    expect(librariesLoadedBy('../validation')).toEqual(['class-transformer', 'class-validator']);
  });
});
