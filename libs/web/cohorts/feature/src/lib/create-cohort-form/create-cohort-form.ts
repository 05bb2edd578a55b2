import { ChangeDetectionStrategy, Component, computed, effect, inject, output, resource, signal } from '@angular/core';
import { form, FormField, maxLength, required, validate } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { CohortDto } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { CurriculumService } from '@peer/web/curriculum/data-access';
import { FieldErrors, FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';
import { UsersService } from '@peer/web/users/data-access';
import { FORMAT } from '@peer/web/shared/util';

interface NewCohort {
  name: string;
  courseId: string;
  /** The version number as the select holds it. */
  version: string;
}

const EMPTY: NewCohort = { name: '', courseId: '', version: '' };

/**
 * Creates a cohort pinned to one published curriculum version. Administrators pick the
 * course leaders; a course leader who creates a cohort leads it.
 */
@Component({
  selector: 'peer-create-cohort-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors, FORMAT, TextField, FormMessageView],
  templateUrl: './create-cohort-form.html',
})
export class CreateCohortForm {
  private readonly cohorts = inject(CohortsService);
  private readonly curriculum = inject(CurriculumService);
  private readonly users = inject(UsersService);
  private readonly auth = inject(AuthService);

  readonly created = output<CohortDto>();

  protected readonly isAdmin = computed(() => this.auth.role() === 'admin');

  private readonly model = signal<NewCohort>({ ...EMPTY });
  protected readonly cohortForm = form(this.model, (path) => {
    required(path.name);
    maxLength(path.name, 120);
    validate(path.name, ({ value }) => (value() !== '' && value().trim() === '' ? { kind: 'required' } : undefined));
    required(path.courseId);
    required(path.version);
  });
  protected readonly message = signal<FormMessage | null>(null);

  protected readonly courses = resource({ loader: () => this.curriculum.courses() });
  protected readonly versions = resource({
    params: () => (this.model().courseId ? { courseId: this.model().courseId } : undefined),
    loader: ({ params }) => this.curriculum.versions(params.courseId),
  });
  /** Course leaders an administrator can pick; course leaders cannot list accounts. */
  protected readonly leaders = resource({
    params: () => (this.isAdmin() ? {} : undefined),
    loader: () => this.users.list('course_leader'),
  });
  protected readonly chosenLeaders = signal<ReadonlySet<string>>(new Set());

  constructor() {
    // A course's newest version is the usual choice.
    effect(() => {
      if (!this.versions.hasValue()) return;
      const versions = this.versions.value();
      const current = this.cohortForm.version().value();
      if (!versions.some((v) => String(v.version) === current)) {
        this.cohortForm.version().value.set(versions.length > 0 ? String(versions[versions.length - 1].version) : '');
      }
    });
  }

  protected toggleLeader(id: string, event: Event): void {
    const next = new Set(this.chosenLeaders());
    if ((event.target as HTMLInputElement).checked) next.add(id);
    else next.delete(id);
    this.chosenLeaders.set(next);
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { name, courseId, version } = this.model();
    const leaderIds = [...this.chosenLeaders()];
    const sent = await submitWithApiErrors(this.cohortForm, {
      send: () => this.cohorts.create({ name: name.trim(), courseId, version: Number(version), ...(leaderIds.length > 0 ? { leaderIds } : {}) }),
      fields: { name: this.cohortForm.name, courseId: this.cohortForm.courseId, version: this.cohortForm.version },
      message: this.message,
    });
    if (sent) {
      this.cohortForm().reset({ ...EMPTY });
      this.chosenLeaders.set(new Set());
      this.created.emit(sent.value);
    }
  }
}
