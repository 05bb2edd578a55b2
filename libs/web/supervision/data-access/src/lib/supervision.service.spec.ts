import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SupervisionService } from './supervision.service';

const GROUP = '2b0c8f3e-2a8e-4c53-9d1a-5b7f7a0b9c10';
const SESSION = '7d1e2f30-1b2c-4d5e-8f90-a1b2c3d4e5f6';

describe('SupervisionService', () => {
  let supervision: SupervisionService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    supervision = TestBed.inject(SupervisionService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the groups from the answer', async () => {
    const answer = supervision.groups();
    http.expectOne('/api/supervision/groups').flush({ groups: [{ id: GROUP, name: 'Handledning', supervisors: [], members: [] }] });
    await expect(answer).resolves.toEqual([{ id: GROUP, name: 'Handledning', supervisors: [], members: [] }]);
  });

  it('posts a session with its attendance to the group', async () => {
    const body = { date: '2026-03-10', startTime: '17:30', minutes: 90, attendance: [{ traineeId: SESSION, present: true }] };
    const answer = supervision.recordSession(GROUP, body);
    const request = http.expectOne(`/api/supervision/groups/${GROUP}/sessions`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(body);
    request.flush({ id: SESSION });
    await expect(answer).resolves.toMatchObject({ id: SESSION });
  });

  it('puts the member’s reflection on the session', async () => {
    const answer = supervision.reflect(SESSION, 'Jag lyssnade.');
    const request = http.expectOne(`/api/me/supervision/sessions/${SESSION}/reflection`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ text: 'Jag lyssnade.' });
    request.flush({ sessions: [], totalHours: 0, hoursPerYear: [] });
    await expect(answer).resolves.toMatchObject({ totalHours: 0 });
  });
});
