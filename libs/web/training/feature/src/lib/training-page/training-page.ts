import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { MyTrainingService } from '@peer/web/cohorts/data-access';
import { MyCertificates } from '@peer/web/certificates/feature';
import { CalendarFeedPanel, MyInvitations } from '@peer/web/cohorts/feature';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { EnrolmentView } from '../enrolment-view/enrolment-view';
import { WhoViewed } from '../who-viewed/who-viewed';
import { MyData } from '../my-data/my-data';
import { MySupervision } from '@peer/web/supervision/feature';

/**
 * A trainee's own training: per cohort what is missing, days to make up, the schedule, role-plays
 * and study visits; then their certificates and share links, and a calendar feed.
 */
@Component({
  selector: 'peer-training-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, EnrolmentView, MyCertificates, CalendarFeedPanel, WhoViewed, MyData, MyInvitations, MySupervision],
  templateUrl: './training-page.html',
})
export class TrainingPage {
  private readonly training = inject(MyTrainingService);

  protected readonly enrolments = resource({ loader: () => this.training.enrolments() });

  protected readonly errorKey = computed(() => {
    const error = this.enrolments.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });
}
