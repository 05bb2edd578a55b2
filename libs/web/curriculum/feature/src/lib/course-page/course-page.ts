import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Text } from '@peer/curriculum/model';
import { CurriculumService, injectContentLanguage, localize } from '@peer/web/curriculum/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { CompletionRequirements } from '../completion-requirements/completion-requirements';
import { CourseDays } from '../course-days/course-days';
import { JumpLink } from '../jump-link/jump-link';
import { LOCALIZE } from '../localize/localize';
import { RolePlayScenarios } from '../role-play-scenarios/role-play-scenarios';
import { StudyVisitList } from '../study-visit-list/study-visit-list';
import { VersionChanges } from '../version-changes/version-changes';

type PageState = 'loading' | 'ready' | 'course-not-found' | 'version-not-found' | 'error';

/** The version number in the address: a number, `latest` when absent, `invalid` for anything else. */
function parseVersion(value: string | undefined): number | 'latest' | 'invalid' {
  if (value === undefined) return 'latest';
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : 'invalid';
}

/** Both "the course does not exist" (404) and "that is not a course id" (400) read as not found. */
function isNotFound(error: unknown): boolean {
  const status = toApiError(error).status;
  return status === 404 || status === 400;
}

/**
 * One course version: `/curriculum/:courseId` shows the latest, `/curriculum/:courseId/versions/:version`
 * a given one.
 */
@Component({
  selector: 'peer-course-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LOCALIZE, JumpLink, CourseDays, RolePlayScenarios, StudyVisitList, CompletionRequirements, VersionChanges],
  templateUrl: './course-page.html',
  styleUrl: './course-page.css',
})
export class CoursePage {
  private readonly curriculum = inject(CurriculumService);
  private readonly translate = inject(TranslateService);
  private readonly title = inject(Title);
  private readonly language = injectContentLanguage();

  /** Route parameter. */
  readonly courseId = input.required<string>();
  /** Route parameter; absent for the latest version. */
  readonly version = input<string>();

  private readonly requested = computed(() => parseVersion(this.version()));

  protected readonly versions = resource({
    params: () => ({ courseId: this.courseId() }),
    loader: ({ params }) => this.curriculum.versions(params.courseId),
  });

  protected readonly latestVersion = computed(() => (this.versions.hasValue() ? this.versions.value().at(-1)?.version : undefined));

  /** The version shown; undefined until known. */
  protected readonly selectedVersion = computed(() => {
    const requested = this.requested();
    if (requested === 'invalid') return undefined;
    return requested === 'latest' ? this.latestVersion() : requested;
  });

  protected readonly view = resource({
    params: () => {
      const version = this.selectedVersion();
      return version === undefined ? undefined : { courseId: this.courseId(), version };
    },
    loader: ({ params }) => this.curriculum.versionView(params.courseId, params.version),
  });

  /** Titles of the prerequisite courses; only fetched for a course that has any. */
  protected readonly courseTitles = resource({
    params: () => (this.view.hasValue() && this.view.value().version.content.course.prerequisites.length > 0 ? {} : undefined),
    loader: async () => new Map<string, Text>((await this.curriculum.courses()).map((course) => [course.id, course.title])),
  });

  protected readonly state = computed<PageState>(() => {
    const versionsError = this.versions.error();
    if (versionsError) return isNotFound(versionsError) ? 'course-not-found' : 'error';
    if (this.requested() === 'invalid') return 'version-not-found';
    if (this.versions.hasValue() && this.versions.value().length === 0) return 'course-not-found';
    const viewError = this.view.error();
    if (viewError) return isNotFound(viewError) ? 'version-not-found' : 'error';
    return this.view.hasValue() ? 'ready' : 'loading';
  });

  protected readonly errorKey = computed(() => {
    const error = this.versions.error() ?? this.view.error();
    return error ? errorMessageKey(toApiError(error)) : 'errors.unexpected';
  });

  constructor() {
    // The document title names the course, in the current language.
    effect(() => {
      if (!this.view.hasValue()) return;
      const courseTitle = localize(this.view.value().version.content.course.title, this.language());
      this.title.setTitle(`${courseTitle} – ${String(this.translate.instant('app.name'))}`);
    });
  }

  protected prerequisiteTitle(courseId: string): Text | undefined {
    return this.courseTitles.hasValue() ? this.courseTitles.value().get(courseId) : undefined;
  }

  protected retry(): void {
    if (this.versions.error()) this.versions.reload();
    if (this.view.error()) this.view.reload();
  }
}
