import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aDayAttendance, ASA, BJORN, COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { cohortsEn } from '../i18n/en';
import { cohortsSv } from '../i18n/sv';
import { AttendancePage } from './attendance-page';

const DAY_URL = `/api/cohorts/${COHORT_ID}/days/1`;

describe('AttendancePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: cohortsSv, en: cohortsEn })],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Lets answers travel through promise chains, then renders. */

  async function open(dayNumber = '1') {
    const fixture = TestBed.createComponent(AttendancePage);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    fixture.componentRef.setInput('dayNumber', dayNumber);
    TestBed.tick();
    const element = fixture.nativeElement as HTMLElement;
    const group = (name: string) =>
      [...element.querySelectorAll<HTMLElement>('[role=radiogroup]')].find(
        (g) => element.querySelector(`#${g.getAttribute('aria-labelledby')}`)?.textContent?.trim() === name,
      ) as HTMLElement;
    const radio = (name: string, label: string) => {
      const input = [...group(name).querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
        (r) => element.querySelector(`label[for="${r.id}"]`)?.textContent?.trim() === label,
      );
      if (!input) throw new Error(`No radio "${label}" for ${name}`);
      return input;
    };
    const button = (text: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
    const status = () => element.querySelector('.save-bar [role=status]')?.textContent?.trim();
    return { element, group, radio, button, status };
  }

  async function answerDay(page: Awaited<ReturnType<typeof open>>) {
    http.expectOne({ method: 'GET', url: `${DAY_URL}/attendance` }).flush(aDayAttendance());
    await settle();
    http.expectOne(`${DAY_URL}/guests`).flush({ guests: [] });
    await settle();
    return page;
  }

  it('shows every trainee as a radio group named after them, with the four statuses and any reported absence', async () => {
    const page = await answerDay(await open());

    expect(page.element.querySelector('h1')?.textContent?.trim()).toBe('Närvaro dag 1');
    const labels = [...page.group(ASA.name).querySelectorAll('label')].map((label) => label.textContent?.trim());
    expect(labels).toEqual(['Närvarande', 'Sen', 'Frånvarande (giltig)', 'Frånvarande (ogiltig)']);
    expect(page.radio(BJORN.name, 'Frånvarande (ogiltig)').checked).toBe(true);
    expect(page.radio(ASA.name, 'Närvarande').checked).toBe(false);
    const bjornRow = page.group(BJORN.name).closest('li') as HTMLElement;
    expect(bjornRow.querySelector('.notice')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Anmäld frånvaro: Tandläkare');
  });

  it('saves only the changed marks, in one request, and confirms', async () => {
    const page = await answerDay(await open());

    page.radio(ASA.name, 'Sen').click();
    const comment = page.element.querySelector<HTMLInputElement>(`#comment-${ASA.id}`) as HTMLInputElement;
    comment.value = ' Tåget var sent ';
    comment.dispatchEvent(new Event('input'));
    await settle();
    page.button('Spara närvaro').click();
    await settle();

    const request = http.expectOne({ method: 'PUT', url: `${DAY_URL}/attendance` });
    expect(request.request.body).toEqual({ marks: [{ traineeId: ASA.id, status: 'late', comment: 'Tåget var sent' }] });
    request.flush({ changed: 1 });
    await settle();
    // The saved marks are read again.
    http.expectOne(`${DAY_URL}/attendance`).flush(
      aDayAttendance({
        rows: aDayAttendance().rows.map((row) => (row.traineeId === ASA.id ? { ...row, status: 'late', comment: 'Tåget var sent' } : row)),
      }),
    );
    await settle();

    expect(page.status()).toBe('Närvaro sparad');
    expect(page.radio(ASA.name, 'Sen').checked).toBe(true);
  });

  it('marks everyone without a mark or a reported absence present', async () => {
    const page = await answerDay(await open());

    page.button('Alla närvarande').click();
    await settle();
    expect(page.radio(ASA.name, 'Närvarande').checked).toBe(true);
    expect(page.radio(BJORN.name, 'Frånvarande (ogiltig)').checked).toBe(true);

    page.button('Spara närvaro').click();
    await settle();
    const request = http.expectOne({ method: 'PUT', url: `${DAY_URL}/attendance` });
    expect(request.request.body).toEqual({ marks: [{ traineeId: ASA.id, status: 'present' }] });
    request.flush({ changed: 1 });
    await settle();
    http.expectOne(`${DAY_URL}/attendance`).flush(aDayAttendance());
    await settle();
  });

  it('sends nothing when nothing changed', async () => {
    const page = await answerDay(await open());

    page.button('Spara närvaro').click();
    await settle();

    http.expectNone({ method: 'PUT' });
    expect(page.status()).toBe('Inget har ändrats.');
  });

  it('keeps the marks on screen when saving fails', async () => {
    const page = await answerDay(await open());

    page.radio(ASA.name, 'Närvarande').click();
    await settle();
    page.button('Spara närvaro').click();
    await settle();
    http
      .expectOne({ method: 'PUT', url: `${DAY_URL}/attendance` })
      .flush({ statusCode: 500, error: 'Internal Server Error', message: 'boom' }, { status: 500, statusText: 'Internal Server Error' });
    await settle();

    expect(page.element.querySelector('[role=alert] .alert-error')?.textContent?.trim()).toBe('Närvaron sparades inte. Något gick fel hos oss. Försök igen om en stund.');
    expect(page.radio(ASA.name, 'Närvarande').checked).toBe(true);
    expect(page.status()).toBe('');
  });

  it('says when the day is not scheduled', async () => {
    const page = await open('4');
    http
      .expectOne(`/api/cohorts/${COHORT_ID}/days/4/attendance`)
      .flush({ statusCode: 404, error: 'Not Found', message: 'Day 4 is not scheduled in this cohort' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(page.element.querySelector('h1')?.textContent?.trim()).toBe('Dag 4 är inte schemalagd');
  });

  it('records a guest booked into this day by her own leader, and shows only her name', async () => {
    const page = await open();
    http.expectOne(`${DAY_URL}/attendance`).flush(aDayAttendance());
    await settle();
    const guest = { bookingId: 'b1', name: 'Gunnel Ek', dayNumber: 1, status: 'booked' as const, attendance: null };
    http.expectOne(`${DAY_URL}/guests`).flush({ guests: [guest] });
    await settle();
    expect(page.element.querySelector('peer-make-up-guests li')?.textContent).toContain('Gunnel Ek');

    page.button('Gunnel Ek var här').click();
    await settle();
    const request = http.expectOne({ method: 'PUT', url: `${DAY_URL}/guests/b1/attendance` });
    expect(request.request.body).toEqual({ status: 'present' });
    request.flush({ ...guest, status: 'attended', attendance: 'present' });
    await settle();
    http.expectOne(`${DAY_URL}/guests`).flush({ guests: [{ ...guest, status: 'attended', attendance: 'present' }] });
    await settle();

    expect(page.element.querySelector('peer-make-up-guests [role=status]')?.textContent?.trim()).toBe('Närvaron för Gunnel Ek är registrerad.');
    expect(page.element.querySelector('peer-make-up-guests .badge')?.textContent?.trim()).toBe('Var här');
    expect(page.button('Gunnel Ek var här')).toBeUndefined();
  });
});
