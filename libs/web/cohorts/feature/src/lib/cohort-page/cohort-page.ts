import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CourseDaySlotDto } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { CalendarFeedsService, CohortsService } from '@peer/web/cohorts/data-access';
import { CurriculumService } from '@peer/web/curriculum/data-access';
import { CohortActionsList } from '@peer/web/shared/ui';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { CalendarFeedPanel } from '@peer/web/shared/ui';
import { FORMAT } from '@peer/web/shared/util';
import { LeadersSection } from '../leaders-section/leaders-section';
import { RolePlaysSection } from '../role-plays-section/role-plays-section';
import { ScheduleDayRow, ScheduleSection } from '../schedule-section/schedule-section';
import { TraineesSection } from '../trainees-section/trainees-section';

type PageState = 'loading' | 'ready' | 'not-found' | 'error';

/** One cohort: its schedule, trainees, role-plays, course leaders (administrators) and calendar feed. */
@Component({
  selector: 'peer-cohort-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT, CohortActionsList, ScheduleSection, TraineesSection, RolePlaysSection, LeadersSection, CalendarFeedPanel],
  templateUrl: './cohort-page.html',
  styleUrl: './cohort-page.css',
})
export class CohortPage {
  private readonly cohorts = inject(CohortsService);
  /** The cohort's calendar feeds, for the calendar panel. */
  protected readonly calendarFeeds = inject(CalendarFeedsService);
  private readonly curriculum = inject(CurriculumService);
  private readonly auth = inject(AuthService);
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);

  /** Route parameter. */
  readonly cohortId = input.required<string>();

  protected readonly isAdmin = computed(() => this.auth.role() === 'admin');

  protected readonly cohort = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.cohorts.get(params.cohortId),
  });

  /** What the cohort needs from its staff now: the page leads with it. */
  protected readonly actions = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.cohorts.actions(params.cohortId),
  });

  /** The curriculum version the cohort is pinned to; unchanged when the cohort is reloaded. */
  private readonly pinned = computed(
    () => (this.cohort.hasValue() ? { courseId: this.cohort.value().courseId, version: this.cohort.value().version } : undefined),
    { equal: (a, b) => a?.courseId === b?.courseId && a?.version === b?.version },
  );

  /** The pinned curriculum version, for the titles of days not scheduled yet and the role-plays. */
  protected readonly content = resource({
    params: () => this.pinned(),
    loader: ({ params }) => this.curriculum.version(params.courseId, params.version),
  });

  /** Every curriculum day 1..dayCount, scheduled or not. */
  protected readonly days = computed<ScheduleDayRow[]>(() => {
    if (!this.cohort.hasValue()) return [];
    const cohort = this.cohort.value();
    const slots = new Map(cohort.days.map((slot) => [slot.dayNumber, slot]));
    const curriculumDays = this.content.hasValue() ? new Map(this.content.value().content.course.days.map((day) => [day.number, day.title])) : new Map();
    return Array.from({ length: cohort.dayCount }, (_, index) => {
      const dayNumber = index + 1;
      const slot = slots.get(dayNumber) ?? null;
      return { dayNumber, title: slot?.title ?? curriculumDays.get(dayNumber) ?? null, slot };
    });
  });

  protected readonly state = computed<PageState>(() => {
    const error = this.cohort.error();
    if (error) {
      const status = toApiError(error).status;
      return status === 404 || status === 400 ? 'not-found' : 'error';
    }
    return this.cohort.hasValue() ? 'ready' : 'loading';
  });

  protected readonly errorKey = computed(() => {
    const error = this.cohort.error();
    return error ? errorMessageKey(toApiError(error)) : 'errors.unexpected';
  });

  constructor() {
    // The document title names the cohort.
    effect(() => {
      if (!this.cohort.hasValue()) return;
      this.translate.currentLang();
      this.title.setTitle(`${this.cohort.value().name} – ${String(this.translate.instant('app.name'))}`);
    });
  }

  /** A day was scheduled or moved: show it without asking the API for the whole roster again. */
  protected onScheduled(slot: CourseDaySlotDto): void {
    this.cohort.update((cohort) => {
      if (!cohort) return cohort;
      const days = [...cohort.days.filter((day) => day.dayNumber !== slot.dayNumber), slot].sort((a, b) => a.dayNumber - b.dayNumber);
      const dates = days.map((day) => day.date).sort();
      return { ...cohort, days, scheduledDays: days.length, firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null };
    });
  }

  protected reload(): void {
    this.cohort.reload();
  }
}
