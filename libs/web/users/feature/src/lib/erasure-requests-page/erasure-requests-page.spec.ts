import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTestTranslations } from '@peer/web/shared/testing';
import { usersEn } from '../i18n/en';
import { usersSv } from '../i18n/sv';
import type { AdminErasureRequestDto } from '@peer/contract';
import { pageHarness, settle } from '@peer/web/shared/testing';
import { ErasureRequestsPage } from './erasure-requests-page';

const request: AdminErasureRequestDto = {
  id: '5f0c4e9f-9b54-4e5b-8e9b-1a3b4c5d6e7f',
  status: 'pending',
  requestedAt: '2026-12-01T09:00:00Z',
  settledAt: null,
  traineeId: '1e0c4e9f-9b54-4e5b-8e9b-1a3b4c5d6e7f',
  name: 'Elin Åberg',
  email: 'elin.aberg@example.org',
};

describe('ErasureRequestsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: usersSv, en: usersEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open() {
    const fixture = TestBed.createComponent(ErasureRequestsPage);
    TestBed.tick();
    http.expectOne('/api/admin/erasure-requests').flush({ requests: [request] });
    await settle();
    return pageHarness(fixture);
  }

  it('lists pending requests with whom they are about', async () => {
    const page = await open();
    expect(page.text()).toContain('Elin Åberg');
    expect(page.text()).toContain('elin.aberg@example.org');
  });

  it('erases only on the second step, naming the person, and says what the account is called now', async () => {
    const page = await open();
    await page.click('Radera …: Elin Åberg');
    http.expectNone(`/api/admin/erasure-requests/${request.id}/confirm`);
    page.getByRole('button', 'Radera Elin Åberg för gott').click();
    const confirm = http.expectOne({ method: 'POST', url: `/api/admin/erasure-requests/${request.id}/confirm` });
    expect(confirm.request.body).toEqual({ confirm: true });
    confirm.flush({ id: request.id, status: 'done', pseudonym: 'Raderad deltagare 7F3A', revokedCertificates: 1 });
    await settle();
    http.expectOne('/api/admin/erasure-requests').flush({ requests: [] });
    await settle();
    expect(page.text()).toContain('Raderat. Kontot heter nu Raderad deltagare 7F3A.');
    expect(page.text()).toContain('Inga begäranden väntar.');
  });

  it('goes back without erasing when the administrator cancels', async () => {
    const page = await open();
    await page.click('Radera …: Elin Åberg');
    await page.click('Avbryt');
    expect(page.queryByRole('button', 'Radera Elin Åberg för gott')).toBeUndefined();
    expect(page.queryByRole('button', 'Radera …: Elin Åberg')).toBeDefined();
  });
});
