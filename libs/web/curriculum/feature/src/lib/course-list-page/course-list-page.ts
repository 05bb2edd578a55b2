import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Text } from '@peer/curriculum/model';
import { AuthService } from '@peer/web/auth/data-access';
import { CurriculumService } from '@peer/web/curriculum/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { LOCALIZE } from '../localize/localize';

/**
 * The published courses the caller's organisation may run, base course first, then modules, then the refresher.
 * An organisation's own module is marked with the organisation's name.
 */
@Component({
  selector: 'peer-course-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LOCALIZE],
  templateUrl: './course-list-page.html',
  styleUrl: './course-list-page.css',
})
export class CourseListPage {
  private readonly curriculum = inject(CurriculumService);

  private readonly auth = inject(AuthService);

  /**
   * Both administrators publish from here: the national administrator the national courses, an organisation's
   * administrator her organisation's own modules.
   */
  protected readonly canPublish = computed(() => this.auth.role() === 'national_admin' || this.auth.role() === 'admin');

  protected readonly publishLinkKey = computed(() => (this.auth.role() === 'admin' ? 'curriculum.publish.linkOwn' : 'curriculum.publish.link'));

  protected readonly courses = resource({ loader: () => this.curriculum.courses() });

  /** Course titles by id, to name prerequisites. */
  protected readonly titles = computed(() => new Map<string, Text>(this.courses.hasValue() ? this.courses.value().map((c) => [c.id, c.title]) : []));

  protected readonly errorKey = computed(() => {
    const error = this.courses.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });
}
