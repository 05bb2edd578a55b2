import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, Injector, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { StudyVisitDto } from '@peer/contract';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { injectContentLanguage } from '@peer/web/curriculum/data-access';
import { StudyVisitsService } from '@peer/web/practice/data-access';
import { errorMessageKey, preciseDetail, toApiError } from '@peer/web/shared/util';
import { formatHours } from '../format-hours';
import { ReturnVisitForm } from '../return-visit-form/return-visit-form';

interface Message {
  readonly key: string;
  readonly params: Record<string, string>;
}

interface Failure {
  readonly visitId: string;
  readonly key: string;
  readonly detail?: string;
}

/**
 * A course leader's queue of study visits to approve: visits the host has confirmed and the
 * trainee has reflected on, each with its answers; approve, or return with a comment. Below,
 * every visit of the cohort with its state.
 */
@Component({
  selector: 'peer-study-visit-queue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT, ReturnVisitForm],
  templateUrl: './study-visit-queue-page.html',
  styleUrl: './study-visit-queue-page.css',
})
export class StudyVisitQueuePage {
  private readonly studyVisits = inject(StudyVisitsService);
  private readonly cohorts = inject(CohortsService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly language = injectContentLanguage();

  /** Route parameter. */
  readonly cohortId = input.required<string>();

  protected readonly visits = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.studyVisits.forCohort(params.cohortId),
  });

  /** For the cohort's name; the list is not audited like the roster. */
  private readonly summaries = resource({ loader: () => this.cohorts.list() });
  protected readonly cohortName = computed(() =>
    this.summaries.hasValue() ? (this.summaries.value().find((cohort) => cohort.id === this.cohortId())?.name ?? null) : null,
  );

  /** Reflected visits, oldest visit first: the ones waiting longest come first. */
  protected readonly queue = computed(() =>
    this.visits.hasValue() ? this.visits.value().filter((visit) => visit.status === 'reflected').sort((a, b) => a.date.localeCompare(b.date)) : [],
  );
  protected readonly all = computed(() =>
    this.visits.hasValue()
      ? [...this.visits.value()].sort((a, b) => a.traineeName.localeCompare(b.traineeName, 'sv') || a.date.localeCompare(b.date))
      : [],
  );

  protected readonly returning = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly message = signal<Message | null>(null);
  protected readonly failure = signal<Failure | null>(null);

  protected readonly errorKey = computed(() => {
    const error = this.visits.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  protected hours(visit: StudyVisitDto): string {
    return formatHours(visit.hours, this.language());
  }

  /** The trainee's own figure, when the host unit gave other hours. */
  protected registeredHours(visit: StudyVisitDto): string {
    return formatHours(visit.registeredHours ?? visit.hours, this.language());
  }

  protected openReturn(visit: StudyVisitDto): void {
    this.message.set(null);
    this.failure.set(null);
    this.returning.set(visit.id);
  }

  protected async approve(visit: StudyVisitDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(visit.id);
    this.message.set(null);
    this.failure.set(null);
    try {
      this.done(await this.studyVisits.approve(this.cohortId(), visit.id), 'practice.queue.approved');
    } catch (error) {
      const apiError = toApiError(error);
      this.failure.set(
        apiError.status === 409
          ? { visitId: visit.id, key: 'practice.queue.refused', ...preciseDetail(apiError) }
          : { visitId: visit.id, key: errorMessageKey(apiError) },
      );
      if (apiError.status === 409) this.visits.reload();
    } finally {
      this.busy.set(null);
    }
  }

  protected onReturned(visit: StudyVisitDto): void {
    this.returning.set(null);
    this.done(visit, 'practice.queue.returned');
  }

  private done(visit: StudyVisitDto, key: string): void {
    this.visits.update((visits) => (visits ?? []).map((v) => (v.id === visit.id ? visit : v)));
    this.message.set({ key, params: { name: visit.traineeName } });
    // The visit leaves the queue: keep the focus on the page, at the message.
    afterNextRender({ read: () => this.document.getElementById('queue-status')?.focus() }, { injector: this.injector });
  }
}
