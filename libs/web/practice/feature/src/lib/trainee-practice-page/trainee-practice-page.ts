import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { MyTrainingService } from '@peer/web/cohorts/data-access';
import { TraineeSectionNav } from '@peer/web/shared/ui';
import { errorMessageKey, FORMAT, toApiError } from '@peer/web/shared/util';
import { MyRolePlays } from '../my-role-plays/my-role-plays';
import { StudyVisitLog } from '../study-visit-log/study-visit-log';

/** `/training/practice`: per cohort the trainee's role-plays and study visits. */
@Component({
  selector: 'peer-trainee-practice-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT, TraineeSectionNav, MyRolePlays, StudyVisitLog],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ 'traineeSections.practice' | translate }}</h1>
      </div>

      <peer-trainee-section-nav />

      <div [attr.aria-busy]="enrolments.isLoading()">
        @if (errorKey(); as key) {
          <div class="alert alert-error" role="alert">
            <p>{{ 'traineeSections.loadFailed' | translate }} {{ key | translate }}</p>
            <button type="button" class="btn btn-secondary" (click)="enrolments.reload()">{{ 'common.retry' | translate }}</button>
          </div>
        } @else if (enrolments.hasValue()) {
          @for (enrolment of enrolments.value(); track enrolment.enrolmentId) {
            @let id = 'practice-' + enrolment.enrolmentId;
            <article class="enrolment" [attr.aria-labelledby]="id">
              <p class="badge">{{ enrolment.cohort.courseTitle | text }}</p>
              <p class="cohort-name" [id]="id">{{ enrolment.cohort.name }}</p>
              <peer-my-role-plays [enrolment]="enrolment" />
              <peer-study-visit-log [enrolment]="enrolment" />
            </article>
          } @empty {
            <p class="card">{{ 'traineeSections.none' | translate }}</p>
          }
        } @else {
          <p class="muted" role="status">{{ 'common.loading' | translate }}</p>
        }
      </div>
    </div>
  `,
  styles: `
    .enrolment {
      margin-bottom: var(--space-7);
    }
    .cohort-name {
      margin-bottom: var(--space-4);
      font-size: var(--font-size-lg);
      font-weight: 700;
    }
  `,
})
export class TraineePracticePage {
  private readonly training = inject(MyTrainingService);

  protected readonly enrolments = resource({ loader: () => this.training.enrolments() });

  protected readonly errorKey = computed(() => {
    const error = this.enrolments.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });
}
