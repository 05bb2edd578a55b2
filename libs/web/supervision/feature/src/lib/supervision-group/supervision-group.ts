import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { SupervisionGroupDto } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { todayInStockholm } from '@peer/web/cohorts/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { SupervisionService } from '@peer/web/supervision/data-access';
import { toApiError } from '@peer/web/shared/util';
import { apiErrorMessage, FormMessage, FormMessageView } from '@peer/web/shared/ui';

/**
 * One supervision group: supervisors, members, its sessions with attendance, and for its own
 * supervisors a form to record a session (everyone present unless unticked).
 */
@Component({
  selector: 'peer-supervision-group',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT, FormMessageView],
  template: `
    <section class="card group" [attr.aria-labelledby]="'group-' + group().id">
      <h2 [id]="'group-' + group().id">{{ group().name }}</h2>
      <dl class="facts">
        <dt>{{ 'supervision.supervisors' | translate }}</dt>
        <dd>{{ names(group().supervisors) }}</dd>
        <dt>{{ 'supervision.members' | translate }}</dt>
        <dd>{{ names(group().members) }}</dd>
      </dl>

      <h3>{{ 'supervision.sessions' | translate }}</h3>
      @if (detail.hasValue()) {
        <ul class="sessions">
          @for (session of detail.value().sessions; track session.id) {
            <li>
              <strong>{{ session.date | day }} {{ session.startTime }}</strong>, {{ session.minutes }} min
              @if (session.place) {
                · {{ session.place }}
              }
              · {{ session.supervisor.name }} ·
              {{ 'supervision.presentCount' | translate: { present: presentCount(session.attendance), total: session.attendance.length } }}
            </li>
          } @empty {
            <li class="muted">{{ 'supervision.noSessions' | translate }}</li>
          }
        </ul>
      } @else if (detail.error()) {
        <p class="alert alert-error" role="alert">{{ 'supervision.loadFailed' | translate }}</p>
      } @else {
        <p class="muted" role="status">{{ 'common.loading' | translate }}</p>
      }

      @if (canRecord()) {
        <form class="form" novalidate [attr.aria-labelledby]="'new-session-' + group().id" (submit)="record($event)">
          <h3 [id]="'new-session-' + group().id">{{ 'supervision.newSession' | translate }}</h3>
          <div class="field-row">
            <div class="field">
              <label [for]="id('date')">{{ 'supervision.date' | translate }}</label>
              <input type="date" [id]="id('date')" required [value]="date()" (input)="date.set(value($event))" />
            </div>
            <div class="field">
              <label [for]="id('start')">{{ 'supervision.startTime' | translate }}</label>
              <input type="time" [id]="id('start')" required [value]="startTime()" (input)="startTime.set(value($event))" />
            </div>
            <div class="field">
              <label [for]="id('minutes')">{{ 'supervision.minutes' | translate }}</label>
              <input type="number" min="15" max="480" step="15" [id]="id('minutes')" required [value]="minutes()" (input)="minutes.set(value($event))" />
            </div>
            <div class="field">
              <label [for]="id('place')">{{ 'supervision.place' | translate }}</label>
              <input type="text" maxlength="200" [id]="id('place')" [value]="place()" (input)="place.set(value($event))" />
            </div>
          </div>
          <fieldset>
            <legend>{{ 'supervision.attendance' | translate }}</legend>
            @for (member of group().members; track member.id) {
              <label class="checkbox">
                <input type="checkbox" [checked]="!absent().has(member.id)" (change)="toggle(member.id)" />
                {{ member.name }}
              </label>
            }
          </fieldset>
          <peer-form-message [message]="failure()" />
          <div role="status">
            @if (recorded(); as recordedDate) {
              <p class="alert alert-success">{{ 'supervision.recorded' | translate: { date: (recordedDate | day) } }}</p>
            }
          </div>
          <div class="form-actions">
            <button type="submit" class="btn btn-primary" [attr.aria-busy]="saving()" [disabled]="saving()">{{ 'supervision.record' | translate }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .group {
      margin-bottom: 1.5rem;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    .facts dd {
      margin: 0;
    }
    .field-row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    fieldset .checkbox {
      display: block;
    }
  `,
})
export class SupervisionGroupCard {
  private readonly supervision = inject(SupervisionService);
  private readonly auth = inject(AuthService);

  readonly group = input.required<SupervisionGroupDto>();

  protected readonly detail = resource({ params: () => this.group().id, loader: ({ params }) => this.supervision.group(params) });
  protected readonly canRecord = computed(() => this.group().supervisors.some((s) => s.id === this.auth.user()?.id));

  protected readonly date = signal(todayInStockholm());
  protected readonly startTime = signal('17:30');
  protected readonly minutes = signal('90');
  protected readonly place = signal('');
  protected readonly absent = signal<ReadonlySet<string>>(new Set());
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormMessage | null>(null);
  protected readonly recorded = signal<string | null>(null);

  protected id(name: string): string {
    return `supervision-${this.group().id}-${name}`;
  }

  protected names(people: { name: string }[]): string {
    return people.map((p) => p.name).join(', ') || '–';
  }

  protected presentCount(attendance: { present: boolean }[]): number {
    return attendance.filter((a) => a.present).length;
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected toggle(memberId: string): void {
    this.absent.update((absent) => {
      const next = new Set(absent);
      if (!next.delete(memberId)) next.add(memberId);
      return next;
    });
  }

  protected async record(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.saving.set(true);
    this.failure.set(null);
    this.recorded.set(null);
    try {
      const session = await this.supervision.recordSession(this.group().id, {
        date: this.date(),
        startTime: this.startTime(),
        minutes: Number(this.minutes()),
        ...(this.place().trim() ? { place: this.place().trim() } : {}),
        attendance: this.group().members.map((m) => ({ traineeId: m.id, present: !this.absent().has(m.id) })),
      });
      this.recorded.set(session.date);
      this.detail.reload();
    } catch (error) {
      this.failure.set(apiErrorMessage(toApiError(error)));
    } finally {
      this.saving.set(false);
    }
  }
}
