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

  it('lists a day’s booked guests and records one', async () => {
    const guest = { bookingId: 'b-1', name: BJORN.name, dayNumber: 3, status: 'booked' as const, attendance: null };
    const list = attendance.guests(COHORT_ID, 3);
    http.expectOne({ method: 'GET', url: `${base}/days/3/guests` }).flush({ guests: [guest] });
    await expect(list).resolves.toEqual([guest]);

    const recorded = attendance.recordGuest(COHORT_ID, 3, 'b-1', 'present');
    const request = http.expectOne({ method: 'PUT', url: `${base}/days/3/guests/b-1/attendance` });
    expect(request.request.body).toEqual({ status: 'present' });
    request.flush({ ...guest, status: 'attended', attendance: 'present' });
    await expect(recorded).resolves.toMatchObject({ status: 'attended' });
  });

  it('reads host days and books, accepts and cancels make-ups in other cohorts', async () => {
    const hostDay = { id: 'd-9', dayNumber: 3, date: '2026-03-03', startTime: '09:00', endTime: '16:00', place: 'Lund' };
    const days = attendance.hostDays(COHORT_ID, 3);
    http.expectOne({ method: 'GET', url: `${base}/days/3/host-days` }).flush({ days: [hostDay] });
    await expect(days).resolves.toEqual([hostDay]);

    const booking = { id: 'b-1', enrolmentId: 'e-1', traineeId: BJORN.id, traineeName: BJORN.name, dayNumber: 3, status: 'booked', requestNote: null, hostDay, requestedAt: '2026-02-01T10:00:00.000Z' };
    const list = attendance.bookings(COHORT_ID);
    http.expectOne({ method: 'GET', url: `${base}/make-up-bookings` }).flush({ bookings: [booking] });
    await expect(list).resolves.toEqual([booking]);

    const booked = attendance.book(COHORT_ID, 'e-1', 3, 'd-9');
    const bookRequest = http.expectOne({ method: 'POST', url: `${base}/enrolments/e-1/make-up-bookings` });
    expect(bookRequest.request.body).toEqual({ dayNumber: 3, hostCourseDayId: 'd-9' });
    bookRequest.flush(booking);
    await expect(booked).resolves.toEqual(booking);

    const accepted = attendance.accept(COHORT_ID, 'b-2', 'd-9');
    const acceptRequest = http.expectOne({ method: 'POST', url: `${base}/make-up-bookings/b-2/accept` });
    expect(acceptRequest.request.body).toEqual({ hostCourseDayId: 'd-9' });
    acceptRequest.flush({ ...booking, id: 'b-2' });
    await expect(accepted).resolves.toMatchObject({ id: 'b-2' });

    const cancelled = attendance.cancel(COHORT_ID, 'b-2');
    http.expectOne({ method: 'POST', url: `${base}/make-up-bookings/b-2/cancel` }).flush({ ...booking, id: 'b-2', status: 'cancelled' });
    await expect(cancelled).resolves.toMatchObject({ status: 'cancelled' });
  });

  it('approves a compensatory assignment', async () => {
    const approved = attendance.approveAssignment(COHORT_ID, 'e-1', 3, 'Reflektion inlämnad');
    const request = http.expectOne({ method: 'POST', url: `${base}/enrolments/e-1/make-ups` });
    expect(request.request.body).toEqual({ dayNumber: 3, note: 'Reflektion inlämnad' });
    request.flush({ id: 'm2' });

    await expect(approved).resolves.toEqual({ id: 'm2' });
  });
});
