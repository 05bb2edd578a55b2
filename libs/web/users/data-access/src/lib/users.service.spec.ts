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
});
