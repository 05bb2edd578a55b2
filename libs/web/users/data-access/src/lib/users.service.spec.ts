import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UserDto } from '@peer/contract';
import { UsersService } from './users.service';

const trainee: UserDto = {
  id: '2b0c8f3e-2a8e-4c53-9d1a-5b7f7a0b9c10',
  email: 'asa.lindstrom@example.org',
  name: 'Åsa Lindström',
  role: 'trainee',
  mustChangePassword: true,
  active: true,
  personalIdentity: false,
};

describe('UsersService', () => {
  let users: UsersService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    users = TestBed.inject(UsersService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists all users', async () => {
    const list = users.list();
    const request = http.expectOne({ method: 'GET', url: '/api/users' });
    expect(request.request.params.keys()).toEqual([]);
    request.flush({ users: [trainee] });

    await expect(list).resolves.toEqual([trainee]);
  });

  it('lists users of one role', async () => {
    const list = users.list('trainee');
    http.expectOne({ method: 'GET', url: '/api/users?role=trainee' }).flush({ users: [trainee] });

    await expect(list).resolves.toEqual([trainee]);
  });

  it('creates a user and returns the temporary password', async () => {
    const create = users.create({ email: trainee.email, name: trainee.name, role: 'trainee' });
    const request = http.expectOne({ method: 'POST', url: '/api/users' });
    expect(request.request.body).toEqual({ email: trainee.email, name: trainee.name, role: 'trainee' });
    request.flush({ user: trainee, temporaryPassword: 'tmp-pass-123456' }, { status: 201, statusText: 'Created' });

    await expect(create).resolves.toEqual({ user: trainee, temporaryPassword: 'tmp-pass-123456' });
  });

  it('deactivates and reactivates a user', async () => {
    const deactivate = users.deactivate(trainee.id);
    const request = http.expectOne({ method: 'POST', url: `/api/users/${trainee.id}/deactivate` });
    expect(request.request.body).toBeNull();
    request.flush({ ...trainee, active: false });
    await expect(deactivate).resolves.toEqual({ ...trainee, active: false });

    const reactivate = users.reactivate(trainee.id);
    http.expectOne({ method: 'POST', url: `/api/users/${trainee.id}/reactivate` }).flush(trainee);
    await expect(reactivate).resolves.toEqual(trainee);
  });

  it('resets a password and returns the temporary one', async () => {
    const reset = users.resetPassword(trainee.id);
    http.expectOne({ method: 'POST', url: `/api/users/${trainee.id}/reset-password` }).flush({ temporaryPassword: 'Nw8-tmp-Qr2z' });
    await expect(reset).resolves.toEqual({ temporaryPassword: 'Nw8-tmp-Qr2z' });
  });

  it('changes a role', async () => {
    const change = users.changeRole(trainee.id, 'course_leader');
    const request = http.expectOne({ method: 'POST', url: `/api/users/${trainee.id}/role` });
    expect(request.request.body).toEqual({ role: 'course_leader' });
    request.flush({ ...trainee, role: 'course_leader' });
    await expect(change).resolves.toEqual({ ...trainee, role: 'course_leader' });
  });

  it('gives and removes a personal identity number for sign-in', async () => {
    const set = users.setPersonalIdentity(trainee.id, '19121212-1212');
    const request = http.expectOne({ method: 'PUT', url: `/api/users/${trainee.id}/personal-identity` });
    expect(request.request.body).toEqual({ personalIdentityNumber: '19121212-1212' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await expect(set).resolves.toBeUndefined();

    const remove = users.removePersonalIdentity(trainee.id);
    http.expectOne({ method: 'DELETE', url: `/api/users/${trainee.id}/personal-identity` }).flush(null, { status: 204, statusText: 'No Content' });
    await expect(remove).resolves.toBeUndefined();
  });
});
