import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  DestroyRef,
  effect,
  inject,
  Injector,
  input,
  linkedSignal,
  resource,
  signal,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { RolePlayAttemptDto, RolePlayResultValue } from '@peer/contract';
import type { RolePlayScenario } from '@peer/curriculum/model';
import { AuthService } from '@peer/web/auth/data-access';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { CurriculumService, injectContentLanguage, localize } from '@peer/web/curriculum/data-access';
import { markedCriteria, ROLE_PLAY_RESULTS, RolePlaysService, signBlocker, SignBlocker } from '@peer/web/practice/data-access';
import { errorMessageKey, preciseDetail, toApiError } from '@peer/web/shared/util';
import { AttemptView } from '../attempt-view/attempt-view';
import { backupKey, clearBackup, readBackup, writeBackup } from './observation-backup';
import { initialModel, ObservationModel } from './observation-form-model';

/** How long the form waits after the last change before it saves by itself. */
export const AUTOSAVE_DELAY_MS = 1500;
/** The first wait before saving again after a failed save; it doubles up to a minute. */
export const AUTOSAVE_RETRY_MS = 5000;

/**
 * Where the automatic save stands: `restored` when typing lost in a reload came back from
 * the tab's storage, `failed` while the server could not be reached (the input stays on the device).
 */
type AutosaveState = { readonly kind: 'idle' | 'pending' | 'saving' | 'restored' | 'failed' } | { readonly kind: 'saved'; readonly at: string };

type PageState = 'loading' | 'ready' | 'not-found' | 'error';

interface Message {
  readonly key: string;
  readonly params?: Record<string, string | number>;
}

type FormSource = { readonly scenario: RolePlayScenario; readonly draft: RolePlayAttemptDto | null } | null;

interface Failure extends Message {
  /** The API's own message (English) when it explains more than the key. */
  readonly detail?: string;
}

/**
 * The observation form for one trainee and one role-play scenario, made for a tablet: each
 * rubric criterion as a large "shown / not yet shown" choice with feedback, overall feedback, a
 * draft that can be saved, and a signature (after a confirmation) that locks the attempt.
 * A signed attempt is shown read-only; a correction is a new attempt. Earlier attempts and the
 * trainee's reflections are listed. Administrators and other staff see it read-only.
 */
@Component({
  selector: 'peer-observation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT, AttemptView],
  templateUrl: './observation-page.html',
  styleUrl: './observation-page.css',
})
export class ObservationPage {
  private readonly cohorts = inject(CohortsService);
  private readonly curriculum = inject(CurriculumService);
  private readonly rolePlays = inject(RolePlaysService);
  private readonly auth = inject(AuthService);
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly language = injectContentLanguage();

  /** Route parameters. */
  readonly cohortId = input.required<string>();
  readonly enrolmentId = input.required<string>();
  readonly scenarioId = input.required<string>();

  protected readonly results = ROLE_PLAY_RESULTS;

  /** The roster: the trainee's name and whether they are still enrolled. Audited by the API. */
  protected readonly cohort = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.cohorts.get(params.cohortId),
  });

  private readonly pinned = computed(
    () => (this.cohort.hasValue() ? { courseId: this.cohort.value().courseId, version: this.cohort.value().version } : undefined),
    { equal: (a, b) => a?.courseId === b?.courseId && a?.version === b?.version },
  );

  /** The cohort's curriculum version: the scenario, its roles and rubric. */
  private readonly version = resource({
    params: () => this.pinned(),
    loader: ({ params }) => this.curriculum.version(params.courseId, params.version),
  });

  private readonly allAttempts = resource({
    params: () => ({ cohortId: this.cohortId(), enrolmentId: this.enrolmentId() }),
    loader: ({ params }) => this.rolePlays.list(params.cohortId, params.enrolmentId),
  });

  protected readonly scenario = computed<RolePlayScenario | null>(() =>
    this.version.hasValue() ? (this.version.value().content.scenarios.find((s) => s.id === this.scenarioId()) ?? null) : null,
  );
  protected readonly required = computed(() =>
    this.version.hasValue() ? this.version.value().content.course.completion.rolePlays.includes(this.scenarioId()) : true,
  );
  protected readonly enrolment = computed(() =>
    this.cohort.hasValue() ? (this.cohort.value().enrolments.find((e) => e.id === this.enrolmentId()) ?? null) : null,
  );

  /** This scenario's attempts, newest first. */
  protected readonly attempts = computed(() =>
    this.allAttempts.hasValue()
      ? this.allAttempts
          .value()
          .filter((attempt) => attempt.scenarioId === this.scenarioId())
          .sort((a, b) => b.attempt - a.attempt)
      : [],
  );
  protected readonly draft = computed(() => this.attempts().find((attempt) => attempt.status === 'draft') ?? null);
  private readonly latestSigned = computed(() => this.attempts().find((attempt) => attempt.status === 'signed') ?? null);

  /** Only a course leader of this cohort observes and signs, and only while the trainee is enrolled. */
  protected readonly canObserve = computed(() => {
    const user = this.auth.user();
    const enrolment = this.enrolment();
    return (
      user?.role === 'course_leader' &&
      this.cohort.hasValue() &&
      this.cohort.value().leaders.some((leader) => leader.id === user.id) &&
      enrolment !== null &&
      !enrolment.withdrawnAt
    );
  });

  /** The observer chose "New attempt" after a signed one. */
  protected readonly startingNew = signal(false);
  protected readonly editing = computed(() => this.canObserve() && (this.draft() !== null || this.latestSigned() === null || this.startingNew()));
  /** The attempt at the top of the page: the one being observed, or the newest. */
  protected readonly current = computed(() => (this.editing() ? this.draft() : (this.draft() ?? this.latestSigned())));
  protected readonly earlier = computed(() => this.attempts().filter((attempt) => attempt !== this.current()));
  protected readonly formNumber = computed(() => this.draft()?.attempt ?? (this.attempts()[0]?.attempt ?? 0) + 1);

  /** Resets the form when another attempt is observed; keeps what was typed when saving creates the draft. */
  private readonly formSource = computed<FormSource>(
    () => {
      const scenario = this.scenario();
      return scenario && this.allAttempts.hasValue() ? { scenario, draft: this.draft() } : null;
    },
    { equal: (a, b) => a?.scenario.id === b?.scenario.id && a?.draft?.id === b?.draft?.id },
  );
  protected readonly model = linkedSignal<FormSource, ObservationModel>({
    source: this.formSource,
    computation: (source, previous) => {
      if (!source) return { marks: [], overall: '', result: null };
      const created = previous?.source && previous.source.scenario.id === source.scenario.id && !previous.source.draft && source.draft;
      if (created) return previous.value;
      // What was typed before a reload or while the connection was lost comes back, and is saved.
      const restored = readBackup(this.storage, this.backupKey(), source.draft?.id ?? null, source.scenario.rubric.map((c) => c.id));
      this.restoredPending = restored !== null;
      if (restored) return restored;
      return initialModel(source.scenario, source.draft);
    },
  });

  private readonly storage = this.document.defaultView?.sessionStorage;
  protected readonly autosave = signal<AutosaveState>({ kind: 'idle' });
  private saveTimer?: ReturnType<typeof setTimeout>;
  /** Set while computing the form from a backup; the effect below then says so and saves it. */
  private restoredPending = false;
  /** The automatic save under way; an explicit save or signature waits for it instead of being dropped. */
  private autosaving?: Promise<void>;
  private retryDelay = AUTOSAVE_RETRY_MS;

  /** Set once the observer tries to sign: from then on, what still blocks signing is shown as it changes. */
  private readonly signTried = signal(false);
  protected readonly blocker = computed<SignBlocker | null>(() =>
    this.signTried() ? signBlocker(this.model().marks, this.model().result) : null,
  );
  protected readonly blockerNumbers = computed(() => {
    const blocker = this.blocker();
    if (!blocker || blocker.kind === 'result') return '';
    const ids = blocker.kind === 'allMarked' ? blocker.unmarked : blocker.notShown;
    return this.model()
      .marks.flatMap((mark, index) => (ids.includes(mark.criterionId) ? [index + 1] : []))
      .join(', ');
  });

  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<Message | null>(null);
  protected readonly failure = signal<Failure | null>(null);

  protected readonly state = computed<PageState>(() => {
    for (const source of [this.cohort, this.version, this.allAttempts]) {
      const error = source.error();
      if (error) {
        const status = toApiError(error).status;
        return status === 404 || status === 400 ? 'not-found' : 'error';
      }
    }
    if (!this.cohort.hasValue() || !this.version.hasValue() || !this.allAttempts.hasValue()) return 'loading';
    return this.enrolment() && this.scenario() ? 'ready' : 'not-found';
  });

  protected readonly errorKey = computed(() => {
    const error = this.cohort.error() ?? this.version.error() ?? this.allAttempts.error();
    return error ? errorMessageKey(toApiError(error)) : 'errors.unexpected';
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.saveTimer));
    // Back online: save at once what waited.
    const online = () => {
      if (this.autosave().kind === 'failed') this.scheduleSave(0);
    };
    this.document.defaultView?.addEventListener('online', online);
    inject(DestroyRef).onDestroy(() => this.document.defaultView?.removeEventListener('online', online));
    effect(() => {
      this.model();
      if (!this.restoredPending) return;
      this.restoredPending = false;
      this.autosave.set({ kind: 'restored' });
      this.scheduleSave(0);
    });
    // The document title names the scenario and the trainee.
    effect(() => {
      const scenario = this.scenario();
      const enrolment = this.enrolment();
      if (!scenario || !enrolment) return;
      this.translate.currentLang();
      this.title.setTitle(`${localize(scenario.title, this.language())}: ${enrolment.name} – ${String(this.translate.instant('app.name'))}`);
    });
  }

  protected unmarkedError(index: number): boolean {
    return this.blocker()?.kind === 'allMarked' && this.model().marks[index]?.shown === null;
  }

  protected setShown(index: number, shown: boolean): void {
    this.updateMark(index, { shown });
  }

  protected setFeedback(index: number, event: Event): void {
    this.updateMark(index, { feedback: (event.target as HTMLTextAreaElement).value });
  }

  protected setOverall(event: Event): void {
    const overall = (event.target as HTMLTextAreaElement).value;
    this.model.update((model) => ({ ...model, overall }));
    this.changed();
  }

  protected setResult(result: RolePlayResultValue): void {
    this.model.update((model) => ({ ...model, result }));
    this.changed();
  }

  /** Every change is kept in the tab at once and saved to the server shortly after typing stops. */
  private changed(): void {
    writeBackup(this.storage, this.backupKey(), { draftId: this.draft()?.id ?? null, model: this.model() });
    this.retryDelay = AUTOSAVE_RETRY_MS;
    this.autosave.set({ kind: 'pending' });
    this.scheduleSave(AUTOSAVE_DELAY_MS);
  }

  private scheduleSave(delay: number): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.autosaving = this.autosaveNow().finally(() => (this.autosaving = undefined));
    }, delay);
  }

  private async autosaveNow(): Promise<void> {
    if (!this.editing() || this.confirming()) return;
    // An explicit save or a signature is under way: try again once it is done.
    if (this.busy()) return this.scheduleSave(AUTOSAVE_DELAY_MS);
    this.busy.set(true);
    // "Restored" says more than "saving" until the restored input is saved.
    if (this.autosave().kind !== 'restored') this.autosave.set({ kind: 'saving' });
    try {
      const saved = await this.persist();
      this.autosave.set({ kind: 'saved', at: new Date().toISOString() });
    } catch (error) {
      if (toApiError(error).status === 409) {
        // Signed meanwhile by a co-leader: what is saved is shown, and the local copy is moot.
        clearBackup(this.storage, this.backupKey());
        this.autosave.set({ kind: 'idle' });
        this.reload();
        return;
      }
      this.autosave.set({ kind: 'failed' });
      this.scheduleSave(this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, 60_000);
    } finally {
      this.busy.set(false);
    }
  }

  private backupKey(): string {
    return backupKey(this.enrolmentId(), this.scenarioId());
  }

  protected async saveDraft(): Promise<void> {
    clearTimeout(this.saveTimer);
    await this.run(async () => {
      await this.persist();
      this.autosave.set({ kind: 'idle' });
      this.message.set({ key: 'practice.observation.saved' });
    });
  }

  /** Checks in the browser what the API would refuse, then asks for a confirmation. */
  protected requestSign(): void {
    this.signTried.set(true);
    this.message.set(null);
    this.failure.set(null);
    const blocker = this.blocker();
    if (!blocker) {
      this.confirming.set(true);
      this.focusLater('confirm-heading');
      return;
    }
    if (blocker.kind === 'allMarked') {
      const first = this.model().marks.find((mark) => mark.shown === null);
      this.focusLater(`mark-${first?.criterionId}-shown`);
    } else {
      this.focusLater(`result-${this.model().result ?? 'passed'}`);
    }
  }

  protected cancelSign(): void {
    this.confirming.set(false);
    this.focusLater('sign-button');
  }

  protected async confirmSign(): Promise<void> {
    const result = this.model().result;
    if (!result) return;
    await this.run(async () => {
      clearTimeout(this.saveTimer);
      const attempt = await this.persist();
      const signed = await this.rolePlays.sign(attempt.id, result);
      this.autosave.set({ kind: 'idle' });
      this.replace(signed);
      this.confirming.set(false);
      this.startingNew.set(false);
      this.signTried.set(false);
      this.message.set({ key: 'practice.observation.signed', params: { number: signed.attempt } });
      this.focusLater('attempt-heading');
    });
  }

  protected startNew(): void {
    this.startingNew.set(true);
    this.message.set(null);
    this.failure.set(null);
    this.signTried.set(false);
    clearBackup(this.storage, this.backupKey());
    this.model.set(initialModel(this.scenario() as RolePlayScenario, null));
    this.focusLater('attempt-heading');
  }

  protected reload(): void {
    this.cohort.reload();
    this.version.reload();
    this.allAttempts.reload();
  }

  /** Opens the attempt when there is none yet, then saves what is marked. */
  private async persist(): Promise<RolePlayAttemptDto> {
    const attempt = this.draft() ?? (await this.rolePlays.start(this.cohortId(), this.enrolmentId(), this.scenarioId()));
    const model = this.model();
    const { marks, overall, result } = model;
    const saved = await this.rolePlays.save(attempt.id, { criteria: markedCriteria(marks), overallFeedback: overall.trim() || undefined, result });
    this.replace(saved);
    // Typed on while the save was under way: keep that for the next save.
    if (this.model() === model) clearBackup(this.storage, this.backupKey());
    else writeBackup(this.storage, this.backupKey(), { draftId: saved.id, model: this.model() });
    return saved;
  }

  private replace(attempt: RolePlayAttemptDto): void {
    this.allAttempts.update((attempts) => [...(attempts ?? []).filter((a) => a.id !== attempt.id), attempt]);
  }

  private updateMark(index: number, change: { shown?: boolean; feedback?: string }): void {
    this.model.update((model) => ({ ...model, marks: model.marks.map((mark, i) => (i === index ? { ...mark, ...change } : mark)) }));
    this.changed();
  }

  private async run(action: () => Promise<void>): Promise<void> {
    await this.autosaving;
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    this.failure.set(null);
    try {
      await action();
    } catch (error) {
      const apiError = toApiError(error);
      this.confirming.set(false);
      if (apiError.status === 409) {
        // Signed meanwhile (e.g. by a co-leader), or the trainee has left: show what is saved.
        this.failure.set({ key: 'practice.observation.locked', ...preciseDetail(apiError) });
        this.startingNew.set(false);
        this.reload();
      } else if (apiError.status === 400) {
        this.failure.set({ key: 'practice.observation.saveFailed', ...preciseDetail(apiError) });
      } else {
        this.failure.set({ key: errorMessageKey(apiError) });
      }
    } finally {
      this.busy.set(false);
    }
  }

  private focusLater(id: string): void {
    afterNextRender({ read: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
