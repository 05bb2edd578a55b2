import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import type { CalendarFeedDto } from '@peer/contract';
import { sharedSv } from '../i18n/sv';
import { CalendarFeedPanel, CalendarFeedSource } from './calendar-feed-panel';

/** Feeds kept in memory, the way the page's source keeps them on the server. */
class FeedsInMemory implements CalendarFeedSource {
  feeds: CalendarFeedDto[] = [];
  private next = 1;

  async list(): Promise<readonly CalendarFeedDto[]> {
    return this.feeds.map((feed) => ({ id: feed.id, cohortId: feed.cohortId, createdAt: feed.createdAt }));
  }

  async create(cohortId?: string): Promise<CalendarFeedDto> {
    const feed = { id: `f${this.next++}`, cohortId: cohortId ?? null, createdAt: '2026-03-02T08:05:00.000Z', url: 'https://peer.example/api/calendar/secret.ics' };
    this.feeds.push(feed);
    return feed;
  }

  async revoke(id: string): Promise<void> {
    this.feeds = this.feeds.filter((feed) => feed.id !== id);
  }
}

describe('CalendarFeedPanel', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', sharedSv);
    translate.use('sv');
  });

  async function settle() {
    for (let round = 0; round < 4; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
  }

  async function open(source: FeedsInMemory, cohortId: string | null = null) {
    const fixture = TestBed.createComponent(CalendarFeedPanel);
    fixture.componentRef.setInput('source', source);
    fixture.componentRef.setInput('cohortId', cohortId);
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    return { element, button };
  }

  it('creates one’s own feed through its source and shows the address once', async () => {
    const source = new FeedsInMemory();
    const { element, button } = await open(source);
    expect(element.textContent).toContain('Det finns ingen kalenderlänk än.');

    button('Skapa kalenderlänk').click();
    await settle();
    expect(source.feeds.map((feed) => feed.cohortId)).toEqual([null]);
    expect((element.querySelector('peer-one-time-secret input') as HTMLInputElement).value).toBe('https://peer.example/api/calendar/secret.ics');
    expect(element.querySelectorAll('.feed-list li')).toHaveLength(1);

    button('Klar').click();
    await settle();
    expect(element.querySelector('peer-one-time-secret')).toBeNull();
  });

  it("lists only the cohort's feeds and revokes one", async () => {
    const source = new FeedsInMemory();
    await source.create();
    await source.create('cohort-1');
    const { element, button } = await open(source, 'cohort-1');
    expect(element.querySelectorAll('.feed-list li')).toHaveLength(1);

    button('Återkalla').click();
    await settle();
    expect(source.feeds.map((feed) => feed.cohortId)).toEqual([null]);
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe('Kalenderlänken är återkallad och slutar fungera.');
  });
});
