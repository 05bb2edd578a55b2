import { ChangeDetectionStrategy, Component, effect, inject, input, output, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { PersonDto } from '@peer/contract';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { UsersService } from '@peer/web/users/data-access';

/** Administrators choose who leads the cohort, from every course leader account. */
@Component({
  selector: 'peer-leaders-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './leaders-section.html',
})
export class LeadersSection {
  private readonly cohorts = inject(CohortsService);
  private readonly users = inject(UsersService);

  readonly cohortId = input.required<string>();
  readonly current = input.required<readonly PersonDto[]>();
  readonly changed = output<void>();

  protected readonly leaders = resource({ loader: () => this.users.list('course_leader') });
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly saved = signal(false);

  constructor() {
    // Start from the cohort's leaders, and again whenever the cohort is reloaded.
    effect(() => this.chosen.set(new Set(this.current().map((leader) => leader.id))));
  }

  protected toggle(id: string, event: Event): void {
    const next = new Set(this.chosen());
    if ((event.target as HTMLInputElement).checked) next.add(id);
    else next.delete(id);
    this.chosen.set(next);
    this.saved.set(false);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    this.saved.set(false);
    this.errorKey.set(null);
    if (this.chosen().size === 0) {
      this.errorKey.set('cohorts.leaders.atLeastOne');
      return;
    }
    this.busy.set(true);
    try {
      await this.cohorts.setLeaders(this.cohortId(), [...this.chosen()]);
      this.saved.set(true);
      this.changed.emit();
    } catch (error) {
      this.errorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
