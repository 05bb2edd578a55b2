import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { sharedEn } from '../i18n/en';
import { sharedSv } from '../i18n/sv';
import { TraineeSectionNav } from './trainee-section-nav';

@Component({ imports: [TraineeSectionNav], template: '<peer-trainee-section-nav />' })
class SectionPage {}

describe('TraineeSectionNav', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService(),
        provideRouter([
          { path: 'training', component: SectionPage },
          { path: 'training/:section', component: SectionPage },
        ]),
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', sharedSv);
    translate.setTranslation('en', sharedEn);
    translate.use('sv');
    harness = await RouterTestingHarness.create();
  });

  const page = () => harness.routeNativeElement as HTMLElement;
  const links = () => [...page().querySelectorAll('nav a')] as HTMLAnchorElement[];
  const current = () => links().filter((link) => link.getAttribute('aria-current') === 'page').map((link) => link.textContent?.trim());

  it('links every section in Swedish, inside a named navigation', async () => {
    await harness.navigateByUrl('/training');
    expect(page().querySelector('nav')?.getAttribute('aria-label')).toBe('Delar av min utbildning');
    expect(links().map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Översikt', '/training'],
      ['Schema och närvaro', '/training/schedule'],
      ['Rollspel och studiebesök', '/training/practice'],
      ['Intyg', '/training/certificates'],
      ['Handledning', '/training/supervision'],
      ['Integritet', '/training/my-data'],
    ]);
  });

  it('marks only the section shown as the current page', async () => {
    await harness.navigateByUrl('/training');
    expect(current()).toEqual(['Översikt']);
    await harness.navigateByUrl('/training/practice');
    expect(current()).toEqual(['Rollspel och studiebesök']);
    expect(links().find((link) => link.textContent?.trim() === 'Översikt')?.classList.contains('active')).toBe(false);
  });

  it('speaks English after the switch', async () => {
    await harness.navigateByUrl('/training/my-data');
    TestBed.inject(TranslateService).use('en');
    harness.detectChanges();
    expect(links().map((link) => link.textContent?.trim())).toEqual(['Overview', 'Schedule and attendance', 'Role-plays and study visits', 'Certificates', 'Supervision', 'Privacy']);
    expect(current()).toEqual(['Privacy']);
  });
});
