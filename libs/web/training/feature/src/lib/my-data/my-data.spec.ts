import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ErasureRequestDto } from '@peer/contract';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { trainingEn } from '../i18n/en';
import { trainingSv } from '../i18n/sv';
import { MyData } from './my-data';

const PENDING: ErasureRequestDto = { id: 'r1', status: 'pending', requestedAt: '2026-12-01T09:00:00Z', settledAt: null };

describe('MyData', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: trainingSv, en: trainingEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(request: ErasureRequestDto | null) {
    const fixture = TestBed.createComponent(MyData);
    TestBed.tick();
    http.expectOne('/api/me/erasure-request').flush({ request });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const button = (text: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement | undefined;
    const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';
    return { element, button, text };
  }

  it('links the JSON download and the readable page in the UI language', async () => {
    const { element } = await open(null);
    const links = [...element.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Ladda ned (JSON)', '/api/me/data-export.json'],
      ['Öppna läsbar version', '/api/me/data-export.html?lang=sv'],
    ]);
    expect(links[0]?.hasAttribute('download')).toBe(true);
  });

  it('asks for erasure only after the confirm step, then shows the pending request', async () => {
    const page = await open(null);
    page.button('Begär radering')?.click();
    TestBed.tick();
    http.expectNone('/api/me/erasure-request');
    expect(page.text()).toContain('Vill du verkligen begära radering?');
    page.button('Ja, begär radering')?.click();
    const post = http.expectOne({ method: 'POST', url: '/api/me/erasure-request' });
    post.flush(PENDING);
    await settle();
    http.expectOne({ method: 'GET', url: '/api/me/erasure-request' }).flush({ request: PENDING });
    await settle();
    expect(page.text()).toContain('Din begäran om radering är mottagen.');
    expect(page.button('Ta tillbaka begäran')).toBeDefined();
    expect(page.button('Begär radering')).toBeUndefined();
  });

  it('lets her take a pending request back', async () => {
    const page = await open(PENDING);
    expect(page.text()).toContain('Du begärde radering');
    page.button('Ta tillbaka begäran')?.click();
    http.expectOne({ method: 'DELETE', url: '/api/me/erasure-request' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne({ method: 'GET', url: '/api/me/erasure-request' }).flush({ request: null });
    await settle();
    expect(page.text()).toContain('Din begäran om radering är tillbakatagen.');
    expect(page.button('Begär radering')).toBeDefined();
  });
});
