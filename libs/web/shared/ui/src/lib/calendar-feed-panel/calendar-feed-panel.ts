import { ChangeDetectionStrategy, Component, computed, input, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CalendarFeedDto } from '@peer/contract';
import { errorMessageKey, FORMAT, toApiError } from '@peer/web/shared/util';
import { OneTimeSecret } from '../one-time-secret/one-time-secret';

/** Where the panel reads and changes calendar feeds (the cohorts data-access `CalendarFeedsService` is one). */
export interface CalendarFeedSource {
  list(): Promise<readonly CalendarFeedDto[]>;
  create(cohortId?: string): Promise<CalendarFeedDto>;
  revoke(id: string): Promise<void>;
}

/**
 * Private calendar subscriptions: a cohort's (for its staff) or, without `cohortId`, the
 * signed-in user's own course days. The address is shown once, right after it is created.
 * The page that shows it hands it the feeds through `source`.
 */
@Component({
  selector: 'peer-calendar-feed-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT, OneTimeSecret],
  templateUrl: './calendar-feed-panel.html',
  styleUrl: './calendar-feed-panel.css',
})
export class CalendarFeedPanel {
  /** Reads, creates and revokes the feeds. */
  readonly source = input.required<CalendarFeedSource>();
  /** The cohort whose feed this is; absent for one's own feed. */
  readonly cohortId = input<string | null>(null);

  private readonly allFeeds = resource({ params: () => this.source(), loader: ({ params: source }) => source.list() });
  protected readonly feeds = computed(() => (this.allFeeds.hasValue() ? this.allFeeds.value().filter((feed) => feed.cohortId === this.cohortId()) : []));
  protected readonly loading = computed(() => this.allFeeds.isLoading());
  protected readonly loadFailed = computed(() => this.allFeeds.error() !== undefined);

  /** The feed just created, with its address. */
  protected readonly created = signal<CalendarFeedDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  protected async create(): Promise<void> {
    await this.run(async () => {
      const feed = await this.source().create(this.cohortId() ?? undefined);
      this.created.set(feed);
      this.message.set('calendarFeed.created');
    });
  }

  protected async revoke(feed: CalendarFeedDto): Promise<void> {
    await this.run(async () => {
      await this.source().revoke(feed.id);
      if (this.created()?.id === feed.id) this.created.set(null);
      this.message.set('calendarFeed.revoked');
    });
  }

  protected reload(): void {
    this.allFeeds.reload();
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    this.errorKey.set(null);
    try {
      await action();
      this.allFeeds.reload();
    } catch (error) {
      this.errorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
