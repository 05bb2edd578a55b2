import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AddAdministratorResponse, CreateOrganisationResponse, OrganisationDto } from '@peer/contract';
import { OrganisationsService } from './organisations.service';

const skane: OrganisationDto = {
  id: '3c1e5a7b-4d2f-4e8a-9b6c-7d8e9f0a1b2c',
  slug: 'nsph-skane',
  name: 'NSPH Skåne',
  createdAt: '2026-02-03T09:15:00.000Z',
  administrators: [{ id: '4d2f6b8c-5e3a-4f9b-8c7d-8e9f0a1b2c3d', name: 'Maja Holm', email: 'maja.holm@example.org' }],
};

describe('OrganisationsService', () => {
  let organisations: OrganisationsService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    organisations = TestBed.inject(OrganisationsService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the organisations', async () => {
    const list = organisations.list();
    http.expectOne({ method: 'GET', url: '/api/organisations' }).flush({ organisations: [skane] });

    await expect(list).resolves.toEqual([skane]);
  });

  it('creates an organisation with its first administrator', async () => {
    const answer: CreateOrganisationResponse = {
      organisation: skane,
      administrator: { id: skane.administrators[0].id, name: 'Maja Holm', email: 'maja.holm@example.org', role: 'admin', mustChangePassword: true, active: true, personalIdentity: false },
      temporaryPassword: 'Kp4-tmp-Zx8m',
    };
    const created = organisations.create({ slug: 'nsph-skane', name: 'NSPH Skåne', adminName: 'Maja Holm', adminEmail: 'maja.holm@example.org' });
    const request = http.expectOne({ method: 'POST', url: '/api/organisations' });
    expect(request.request.body).toEqual({ slug: 'nsph-skane', name: 'NSPH Skåne', adminName: 'Maja Holm', adminEmail: 'maja.holm@example.org' });
    request.flush(answer, { status: 201, statusText: 'Created' });

    await expect(created).resolves.toEqual(answer);
  });

  it('adds an administrator to an organisation', async () => {
    const answer: AddAdministratorResponse = {
      administrator: { id: '5e3a7c9d-6f4b-4a0c-9d8e-9f0a1b2c3d4e', name: 'Eva Kärrlund', email: 'eva.karrlund@example.org', role: 'admin', mustChangePassword: true, active: true, personalIdentity: false },
      temporaryPassword: 'Qm7-tmp-Rt2w',
    };
    const added = organisations.addAdministrator(skane.id, { name: 'Eva Kärrlund', email: 'eva.karrlund@example.org' });
    const request = http.expectOne({ method: 'POST', url: `/api/organisations/${skane.id}/administrators` });
    expect(request.request.body).toEqual({ name: 'Eva Kärrlund', email: 'eva.karrlund@example.org' });
    request.flush(answer, { status: 201, statusText: 'Created' });

    await expect(added).resolves.toEqual(answer);
  });
});
