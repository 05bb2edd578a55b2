import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '@peer/web/auth/data-access';
import { CertificatesService, EXPIRING_DAYS } from '@peer/web/certificates/data-access';
import { CohortsService, MyTrainingService } from '@peer/web/cohorts/data-access';
import { CohortActionsList } from '@peer/web/shared/ui';

/**
 * Start page after sign-in; shows what the user's role works with. Each role loads only what it
 * may read: the national administrator loads nothing here (she reaches no cohorts or certificates).
 */
@Component({
  selector: 'peer-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, TranslatePipe, CohortActionsList],
  templateUrl: './home-page.html',
  styles: `
    .summary-list {
      margin: 0 0 var(--space-4);
      padding: 0;
      list-style: none;
    }
    .summary-list li {
      padding-block: var(--space-2);
      border-bottom: 1px solid var(--color-border);
    }
    .summary-list .muted {
      display: block;
      font-size: var(--font-size-sm);
    }
    .cohort-links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-4);
      font-size: var(--font-size-sm);
    }
  `,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  private readonly cohortsService = inject(CohortsService);
  private readonly training = inject(MyTrainingService);
  private readonly certificates = inject(CertificatesService);

  protected readonly user = this.auth.user;

  /** A course leader's own cohorts. */
  protected readonly cohorts = resource({
    params: () => (this.user()?.role === 'course_leader' ? {} : undefined),
    loader: () => this.cohortsService.list(),
  });

  /** What each of the leader's cohorts needs from her, by cohort. */
  protected readonly actions = resource({
    params: () => (this.cohorts.hasValue() ? { ids: this.cohorts.value().map((c) => c.id) } : undefined),
    loader: async ({ params }) => new Map((await Promise.all(params.ids.map((id) => this.cohortsService.actions(id)))).map((a) => [a.cohortId, a])),
  });

  protected readonly expiringDays = EXPIRING_DAYS.default;

  /** Staff: how many certificates they reach expire soon. */
  protected readonly expiring = resource({
    params: () => (this.user()?.role === 'admin' || this.user()?.role === 'course_leader' ? {} : undefined),
    loader: () => this.certificates.expiring(EXPIRING_DAYS.default),
  });

  /** A trainee's enrolments, for a short summary. */
  protected readonly enrolments = resource({
    params: () => (this.user()?.role === 'trainee' ? {} : undefined),
    loader: () => this.training.enrolments(),
  });
}
