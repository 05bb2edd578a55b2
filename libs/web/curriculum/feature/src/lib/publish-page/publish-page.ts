import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { PublishedCourseDto } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { CurriculumService } from '@peer/web/curriculum/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { ChangeList } from '../change-list/change-list';
import { LOCALIZE } from '../localize/localize';

/**
 * Publishes the curriculum as it is in `curriculum/`: first what would change, course by course (new course, the
 * changes from its newest version, or nothing), then a new version of each changed course. Cohorts stay on the
 * version they are pinned to. The national administrator publishes the national courses; an organisation's
 * administrator her organisation's own modules (`curriculum/organisations/<org-slug>/`), which may be none yet.
 */
@Component({
  selector: 'peer-publish-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, ChangeList, LOCALIZE],
  templateUrl: './publish-page.html',
})
export class PublishPage {
  private readonly curriculum = inject(CurriculumService);

  private readonly auth = inject(AuthService);

  /** An organisation's administrator publishes only her organisation's own modules. */
  protected readonly ownModules = computed(() => this.auth.role() === 'admin');

  protected readonly preview = resource({ loader: () => this.curriculum.publishPreview() });
  protected readonly pending = computed(() => (this.preview.hasValue() ? this.preview.value().courses.filter((c) => c.status !== 'unchanged') : []));
  /** The organisation has no modules of its own at all, changed or not. */
  protected readonly noOwnModules = computed(() => this.ownModules() && this.preview.hasValue() && this.preview.value().courses.length === 0);
  protected readonly publishing = signal(false);
  protected readonly published = signal<readonly PublishedCourseDto[] | null>(null);
  protected readonly failureKey = signal<string | null>(null);

  protected readonly previewErrorKey = computed(() => {
    const error = this.preview.error();
    if (!error) return null;
    // Content with problems is refused with the file and line of each: `npm run curriculum:check` names them too.
    return toApiError(error).status === 422 ? 'curriculum.publish.invalid' : errorMessageKey(toApiError(error));
  });

  protected async publish(): Promise<void> {
    if (this.publishing()) return;
    this.publishing.set(true);
    this.failureKey.set(null);
    try {
      const { courses } = await this.curriculum.publish();
      this.published.set(courses.filter((c) => c.status === 'created'));
      this.preview.reload();
    } catch (error) {
      const apiError = toApiError(error);
      this.failureKey.set(apiError.status === 422 ? 'curriculum.publish.invalid' : errorMessageKey(apiError));
    } finally {
      this.publishing.set(false);
    }
  }
}
