import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, Injector, input, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MyEnrolmentDto, StudyVisitDto } from '@peer/contract';
import { todayInStockholm } from '@peer/web/cohorts/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { CurriculumService, injectContentLanguage } from '@peer/web/curriculum/data-access';
import { canReflect, canSendConfirmation, StudyVisitsService } from '@peer/web/practice/data-access';
import { errorMessageKey, preciseDetail, toApiError } from '@peer/web/shared/util';
import { formatHours } from '../format-hours';
import { RegisterStudyVisitForm } from '../register-study-visit-form/register-study-visit-form';
import { StudyVisitReflectionForm } from '../study-visit-reflection-form/study-visit-reflection-form';

interface Message {
  readonly key: string;
  readonly params: Record<string, string>;
}

interface Failure {
  readonly visitId: string;
  readonly key: string;
  readonly detail?: string;
}

/**
 * A trainee's study-visit log in one cohort: register a visit, see each visit's state, send the
 * host the confirmation link (again), and write the reflection once the host has confirmed.
 */
@Component({
  selector: 'peer-study-visit-log',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT, RegisterStudyVisitForm, StudyVisitReflectionForm],
  templateUrl: './study-visit-log.html',
  styleUrl: './study-visit-log.css',
})
export class StudyVisitLog {
  private readonly studyVisits = inject(StudyVisitsService);
  private readonly curriculum = inject(CurriculumService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly language = injectContentLanguage();

  readonly enrolment = input.required<MyEnrolmentDto>();

  /** The cohort's curriculum version; unchanged when the page reloads the enrolment. */
  private readonly pinned = computed(
    () => ({ courseId: this.enrolment().cohort.courseId, version: this.enrolment().cohort.version }),
    { equal: (a, b) => a.courseId === b.courseId && a.version === b.version },
  );

  /** The course's study visits, the required ones first. */
  protected readonly requirements = resource({
    params: () => this.pinned(),
    loader: async ({ params }) => {
      const visits = await this.curriculum.studyVisits(params.courseId, params.version);
      return [...visits].sort((a, b) => Number(b.required) - Number(a.required));
    },
  });
  protected readonly allVisits = resource({ loader: () => this.studyVisits.mine() });

  /** This enrolment's visits, the latest first. */
  protected readonly visits = computed(() =>
    this.allVisits.hasValue()
      ? this.allVisits
          .value()
          .filter((visit) => visit.enrolmentId === this.enrolment().enrolmentId)
          .sort((a, b) => b.date.localeCompare(a.date))
      : [],
  );

  /** Read once per view: the buttons do not need to change at midnight. */
  protected readonly today = todayInStockholm();
  protected readonly idPrefix = computed(() => `study-visits-${this.enrolment().enrolmentId}`);
  protected readonly canReflect = canReflect;

  /** A visit whose reflection, already handed in, is being changed. */
  protected readonly editing = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly message = signal<Message | null>(null);
  protected readonly failure = signal<Failure | null>(null);

  protected readonly errorKey = computed(() => {
    const error = this.allVisits.error() ?? this.requirements.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  protected hours(visit: StudyVisitDto): string {
    return formatHours(visit.hours, this.language());
  }

  /** The trainee's own figure, when the host unit gave other hours. */
  protected registeredHours(visit: StudyVisitDto): string {
    return formatHours(visit.registeredHours ?? visit.hours, this.language());
  }

  /** The link can go out on or after the day; the API refuses it before. */
  protected canSend(visit: StudyVisitDto): boolean {
    return canSendConfirmation(visit.status) && visit.date <= this.today;
  }

  /** The reflection form is open: the host has confirmed (or it came back), or the trainee is changing it. */
  protected formOpen(visit: StudyVisitDto): boolean {
    return visit.status === 'confirmed' || visit.status === 'returned' || (visit.status === 'reflected' && this.editing() === visit.id);
  }

  protected onRegistered(visit: StudyVisitDto): void {
    this.allVisits.update((visits) => [...(visits ?? []), visit]);
    this.say(visit.status === 'awaiting_host' ? 'practice.studyVisits.register.registeredSent' : 'practice.studyVisits.register.registered', {
      unit: visit.unitName,
    });
  }

  protected async send(visit: StudyVisitDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(visit.id);
    this.message.set(null);
    this.failure.set(null);
    try {
      await this.studyVisits.sendConfirmation(visit.id);
      this.allVisits.update((visits) => (visits ?? []).map((v) => (v.id === visit.id ? { ...v, status: 'awaiting_host' } : v)));
      this.say('practice.studyVisits.sent', { email: visit.hostEmail });
    } catch (error) {
      const apiError = toApiError(error);
      this.failure.set(
        apiError.status === 409
          ? { visitId: visit.id, key: 'errors.unexpected', ...preciseDetail(apiError) }
          : { visitId: visit.id, key: errorMessageKey(apiError) },
      );
      if (apiError.status === 409) this.allVisits.reload();
    } finally {
      this.busy.set(null);
    }
  }

  protected onReflected(visit: StudyVisitDto): void {
    this.allVisits.update((visits) => (visits ?? []).map((v) => (v.id === visit.id ? visit : v)));
    this.editing.set(null);
    this.say('practice.studyVisits.reflection.saved', {});
  }

  private say(key: string, params: Record<string, string>): void {
    this.failure.set(null);
    this.message.set({ key, params });
    afterNextRender({ read: () => this.document.getElementById(`${this.idPrefix()}-status`)?.focus() }, { injector: this.injector });
  }
}
