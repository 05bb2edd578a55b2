import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { MyTrainingService } from '@peer/web/cohorts/data-access';
import { TraineeSectionNav } from '@peer/web/shared/ui';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { EnrolmentView } from '../enrolment-view/enrolment-view';
import { MyInvitations } from '../my-invitations/my-invitations';

/**
 * The overview of a trainee's own training: invitations, and per cohort where they stand, what is
 * missing and what to do next. The other sections (`/training/schedule`, `practice`, `certificates`,
 * `supervision`, `my-data`) are pages of their own, linked by the section navigation.
 */
/** Anchors of the one long page this used to be, and the section each now lives in (old bookmarks and links). */
const MOVED_ANCHORS: Readonly<Record<string, string>> = {
  'my-certificates': 'certificates',
  'my-certificates-heading': 'certificates',
  'share-links-heading': 'certificates',
  'my-supervision-heading': 'supervision',
  'my-calendar-heading': 'schedule',
  'who-viewed-heading': 'my-data',
  'my-data-heading': 'my-data',
};

@Component({
  selector: 'peer-training-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, EnrolmentView, MyInvitations, TraineeSectionNav],
  templateUrl: './training-page.html',
})
export class TrainingPage {
  private readonly training = inject(MyTrainingService);

  protected readonly enrolments = resource({ loader: () => this.training.enrolments() });

  protected readonly errorKey = computed(() => {
    const error = this.enrolments.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  constructor() {
    const fragment = inject(ActivatedRoute).snapshot.fragment;
    const section = fragment ? MOVED_ANCHORS[fragment] : undefined;
    if (section) void inject(Router).navigate(['/training', section], { fragment: fragment ?? undefined, replaceUrl: true });
  }
}
