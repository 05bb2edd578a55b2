import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aDayAttendance, ASA, BJORN, COHORT_ID } from '../testing';
import { AttendanceService } from './attendance.service';

describe('AttendanceService', () => {
  let attendance: AttendanceService;
  let http: HttpTestingController;
  const base = `/api/cohorts/${COHORT_ID}`;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    attendance = TestBed.inject(AttendanceService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads a day and saves several marks at once', async () => {
    const day = attendance.day(COHORT_ID, 1);
    http.expectOne({ method: 'GET', url: `${base}/days/1/attendance` }).flush(aDayAttendance());
    await expect(day).resolves.toEqual(aDayAttendance());

    const marks = [
      { traineeId: ASA.id, status: 'present' as const },
      { traineeId: BJORN.id, status: 'late' as const, comment: 'Tåget var sent' },
    ];
    const changed = attendance.mark(COHORT_ID, 1, marks);
    const request = http.expectOne({ method: 'PUT', url: `${base}/days/1/attendance` });
    expect(request.request.body).toEqual({ marks });
    request.flush({ changed: 2 });
    await expect(changed).resolves.toBe(2);
  });

  it('reads the history, for the cohort or one trainee', async () => {
    const change = {
      dayNumber: 1,
      traineeId: ASA.id,
      traineeName: ASA.name,
      from: null,
      to: 'present' as const,
      comment: null,
      changedBy: 'Eva Kärrlund',
      changedAt: '2026-03-02T09:05:00.000Z',
    };
    const all = attendance.history(COHORT_ID);
    http.expectOne({ method: 'GET', url: `${base}/attendance-history` }).flush({ changes: [change] });
    await expect(all).resolves.toEqual([change]);

    const one = attendance.history(COHORT_ID, ASA.id);
    const request = http.expectOne((r) => r.url === `${base}/attendance-history`);
    expect(request.request.params.get('traineeId')).toBe(ASA.id);
    request.flush({ changes: [] });
    await expect(one).resolves.toEqual([]);
  });

  it('lists make-up candidates and records a guest', async () => {
    const candidate = { traineeId: BJORN.id, name: BJORN.name, cohortName: 'Malmö höst 2025', status: 'absent_excused' as const };
    const list = attendance.makeUpCandidates(COHORT_ID, 3);
    http.expectOne({ method: 'GET', url: `${base}/days/3/make-up-candidates` }).flush({ candidates: [candidate] });
    await expect(list).resolves.toEqual([candidate]);

    const recorded = attendance.recordGuest(COHORT_ID, 3, BJORN.id);
    const request = http.expectOne({ method: 'POST', url: `${base}/days/3/make-ups` });
    expect(request.request.body).toEqual({ traineeId: BJORN.id });
    request.flush({ id: 'm1' });
    await expect(recorded).resolves.toEqual({ id: 'm1' });
  });

  it('approves a compensatory assignment', async () => {
    const approved = attendance.approveAssignment(COHORT_ID, 'e-1', 3, 'Reflektion inlämnad');
    const request = http.expectOne({ method: 'POST', url: `${base}/enrolments/e-1/make-ups` });
    expect(request.request.body).toEqual({ dayNumber: 3, note: 'Reflektion inlämnad' });
    request.flush({ id: 'm2' });

    await expect(approved).resolves.toEqual({ id: 'm2' });
  });
});
