import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MySupervisionResponse } from '@peer/contract';
import { FORMAT } from '@peer/web/shared/util';
import { injectContentLanguage } from '@peer/web/curriculum/data-access';
import { SupervisionService } from '@peer/web/supervision/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

/**
 * The peer supporter's own supervision: her sessions, the hours she attended (in all and per
 * year), and a reflection per session she attended. The reflection field reminds her not to
 * write about patients or anyone who could be recognised; nothing here asks about them.
 */
@Component({
  selector: 'peer-my-supervision',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT],
  template: `
    <section class="my-supervision" aria-labelledby="my-supervision-heading">
      <h2 id="my-supervision-heading">{{ 'supervision.mine.heading' | translate }}</h2>
      <p class="muted">{{ 'supervision.mine.intro' | translate }}</p>
      <div class="card" [attr.aria-busy]="mine.isLoading()">
        @if (errorKey(); as key) {
          <div class="alert alert-error" role="alert">
            <p>{{ 'supervision.loadFailed' | translate }} {{ key | translate }}</p>
            <button type="button" class="btn btn-secondary" (click)="mine.reload()">{{ 'common.retry' | translate }}</button>
          </div>
        } @else if (current(); as data) {
          <dl class="hours" data-testid="supervision-hours">
            <dt>{{ 'supervision.mine.totalHours' | translate }}</dt>
            <dd data-testid="supervision-total-hours">{{ 'supervision.mine.hours' | translate: { hours: hours(data.totalHours) } }}</dd>
            @for (year of data.hoursPerYear; track year.year) {
              <dt>{{ 'supervision.mine.hoursInYear' | translate: { year: year.year } }}</dt>
              <dd>{{ 'supervision.mine.hours' | translate: { hours: hours(year.hours) } }}</dd>
            }
          </dl>
          <ul class="sessions">
            @for (session of data.sessions; track session.id) {
              <li class="session">
                <p>
                  <strong>{{ session.date | day }} {{ session.startTime }}</strong>, {{ session.minutes }} min · {{ session.groupName }} · {{ session.supervisorName }}
                  @if (session.place) {
                    · {{ session.place }}
                  }
                  · {{ (session.present ? 'supervision.present' : 'supervision.absent') | translate }}
                </p>
                @if (session.present) {
                  <form class="form" novalidate (submit)="reflect($event, session.id)">
                    <div class="field">
                      <label [for]="'reflection-' + session.id">{{ 'supervision.mine.reflection' | translate }}</label>
                      <textarea
                        rows="3"
                        maxlength="4000"
                        [id]="'reflection-' + session.id"
                        [attr.aria-describedby]="'reflection-privacy-' + session.id"
                        [value]="drafts()[session.id] ?? session.reflection ?? ''"
                        (input)="draft(session.id, $event)"
                      ></textarea>
                      <p class="field-hint privacy-hint" [id]="'reflection-privacy-' + session.id">{{ 'privacy.reminder' | translate }}</p>
                    </div>
                    <div role="alert">
                      @if (failure()?.sessionId === session.id) {
                        <p class="alert alert-error">{{ failure()?.key ?? '' | translate }}</p>
                      }
                    </div>
                    <div role="status">
                      @if (saved() === session.id) {
                        <p class="alert alert-success">{{ 'supervision.mine.reflected' | translate }}</p>
                      }
                    </div>
                    <button type="submit" class="btn btn-secondary">
                      {{ 'supervision.mine.reflect' | translate }}<span class="visually-hidden">: {{ session.date | day }}</span>
                    </button>
                  </form>
                }
              </li>
            } @empty {
              <li class="muted">{{ 'supervision.mine.none' | translate }}</li>
            }
          </ul>
        } @else {
          <p class="muted" role="status">{{ 'common.loading' | translate }}</p>
        }
      </div>
    </section>
  `,
  styles: `
    .hours {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    .hours dd {
      margin: 0;
    }
    .sessions {
      list-style: none;
      padding: 0;
    }
    .session + .session {
      border-top: 1px solid var(--color-border, #ddd);
    }
    .privacy-hint {
      color: var(--color-warning);
      font-weight: 600;
    }
  `,
})
export class MySupervision {
  private readonly supervision = inject(SupervisionService);
  private readonly language = injectContentLanguage();

  protected readonly mine = resource({ loader: () => this.supervision.mine() });
  /** The latest answer: a saved reflection replaces the loaded one without a reload. */
  private readonly updated = signal<MySupervisionResponse | null>(null);
  protected readonly current = computed(() => this.updated() ?? (this.mine.hasValue() ? this.mine.value() : null));
  protected readonly drafts = signal<Record<string, string>>({});
  protected readonly failure = signal<{ sessionId: string; key: string } | null>(null);
  protected readonly saved = signal<string | null>(null);

  protected readonly errorKey = computed(() => {
    const error = this.mine.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  protected hours(value: number): string {
    return new Intl.NumberFormat(LOCALES[this.language()], { maximumFractionDigits: 1 }).format(value);
  }

  protected draft(sessionId: string, event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.drafts.update((drafts) => ({ ...drafts, [sessionId]: text }));
  }

  protected async reflect(event: Event, sessionId: string): Promise<void> {
    event.preventDefault();
    this.failure.set(null);
    this.saved.set(null);
    const session = this.current()?.sessions.find((s) => s.id === sessionId);
    const text = this.drafts()[sessionId] ?? session?.reflection ?? '';
    try {
      this.updated.set(await this.supervision.reflect(sessionId, text));
      this.drafts.update((drafts) => {
        const rest = { ...drafts };
        delete rest[sessionId];
        return rest;
      });
      this.saved.set(sessionId);
    } catch (error) {
      this.failure.set({ sessionId, key: errorMessageKey(toApiError(error)) });
    }
  }
}
