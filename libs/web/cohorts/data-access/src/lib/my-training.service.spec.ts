import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aMyEnrolment } from '../testing';
import { MyTrainingService } from './my-training.service';

describe('MyTrainingService', () => {
  let training: MyTrainingService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    training = TestBed.inject(MyTrainingService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("reads one's enrolments", async () => {
    const enrolments = training.enrolments();
    http.expectOne({ method: 'GET', url: '/api/me/training' }).flush({ enrolments: [aMyEnrolment()] });

    await expect(enrolments).resolves.toEqual([aMyEnrolment()]);
  });

  it('reports an absence, with or without a reason', async () => {
    const withReason = training.reportAbsence('day-1', 'Sjuk');
    const request = http.expectOne({ method: 'POST', url: '/api/me/course-days/day-1/absence' });
    expect(request.request.body).toEqual({ reason: 'Sjuk' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await withReason;

    const without = training.reportAbsence('day-2');
    const bare = http.expectOne('/api/me/course-days/day-2/absence');
    expect(bare.request.body).toEqual({});
    bare.flush(null, { status: 204, statusText: 'No Content' });
    await without;
  });

  it('passes on a day that has already begun as a field error', async () => {
    const report = training.reportAbsence('day-1');
    const errors = [{ field: 'courseDayId', rule: 'future', message: 'an absence can only be reported before the day' }];
    http
      .expectOne('/api/me/course-days/day-1/absence')
      .flush({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', errors }, { status: 400, statusText: 'Bad Request' });

    await expect(report).rejects.toMatchObject({ status: 400 });
  });

  it('asks for a make-up and lists the own requests', async () => {
    const asked = training.askForMakeUp('e-1', 3, 'Tisdagar passar');
    const request = http.expectOne({ method: 'POST', url: '/api/me/enrolments/e-1/make-up-requests' });
    expect(request.request.body).toEqual({ dayNumber: 3, note: 'Tisdagar passar' });
    const mine = { id: 'b-1', enrolmentId: 'e-1', dayNumber: 3, status: 'requested', requestNote: 'Tisdagar passar', hostDay: null };
    request.flush(mine);
    await expect(asked).resolves.toEqual(mine);

    const bare = training.askForMakeUp('e-1', 4);
    const bareRequest = http.expectOne({ method: 'POST', url: '/api/me/enrolments/e-1/make-up-requests' });
    expect(bareRequest.request.body).toEqual({ dayNumber: 4 });
    bareRequest.flush({ ...mine, dayNumber: 4, requestNote: null });
    await bare;

    const list = training.makeUpRequests();
    http.expectOne({ method: 'GET', url: '/api/me/make-up-requests' }).flush({ requests: [mine] });
    await expect(list).resolves.toEqual([mine]);
  });
});
