import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import type { CompletionResult } from '@peer/contract';
import { sharedEn } from '../i18n/en';
import { sharedSv } from '../i18n/sv';
import { RequirementList } from './requirement-list';

type RequirementStatus = CompletionResult['requirements'][number];

const ENROLMENT: RequirementStatus = {
  id: 'enrolment',
  kind: 'enrolment',
  status: 'met',
  label: { sv: 'Inskrivning i kullen', en: 'Enrolment in the cohort' },
  reason: { sv: 'Inskriven i kullen', en: 'Enrolled in the cohort' },
};
const PREREQUISITE: RequirementStatus = {
  id: 'prerequisite:base',
  kind: 'prerequisite',
  status: 'pending',
  label: { sv: 'Förkunskapskrav: Grundutbildning', en: 'Prerequisite: Base course' },
  reason: { sv: 'Kräver giltigt intyg: Grundutbildning', en: 'Requires a valid certificate: Base course' },
};

describe('RequirementList', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', sharedSv);
    translate.setTranslation('en', sharedEn);
    translate.use('sv');
  });

  function render(requirements: RequirementStatus[], onlyMissing = false, emptyKey: string | null = null): HTMLElement {
    const fixture = TestBed.createComponent(RequirementList);
    fixture.componentRef.setInput('requirements', requirements);
    fixture.componentRef.setInput('onlyMissing', onlyMissing);
    fixture.componentRef.setInput('emptyKey', emptyKey);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

  it('lists a missing prerequisite under its own heading, with its reason, like every other requirement', () => {
    const element = render([PREREQUISITE, ENROLMENT]);
    expect([...element.querySelectorAll('h3')].map(text)).toEqual(['Inskrivning', 'Förkunskapskrav']);
    const item = element.querySelector('[data-state=pending]');
    expect(text(item?.querySelector('.label') ?? null)).toBe('Förkunskapskrav: Grundutbildning');
    expect(text(item?.querySelector('.reason') ?? null)).toBe('Kräver giltigt intyg: Grundutbildning');
  });

  it('keeps the prerequisite when only what is missing is shown', () => {
    const element = render([ENROLMENT, PREREQUISITE], true);
    expect([...element.querySelectorAll('h3')].map(text)).toEqual(['Förkunskapskrav']);
  });

  it('says what the page asks it to when nothing is missing, and nothing without such words', () => {
    expect(render([ENROLMENT], true, 'common.loading').querySelector('p')?.textContent?.trim()).toBe('Laddar …');
    expect(render([ENROLMENT], true).textContent?.trim()).toBe('');
  });

  it('marks each state with a symbol as well as a word', () => {
    const element = render([ENROLMENT, PREREQUISITE]);
    expect(text(element.querySelector('[data-state=met] .state'))).toBe('✓ Uppfyllt:');
    expect(text(element.querySelector('[data-state=pending] .state'))).toBe('○ Återstår:');
  });
});
