import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { AttendanceRowDto, AttendanceStatus } from '@peer/contract';
import { ATTENDANCE_STATUSES, AttendanceService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { FORMAT } from '@peer/web/shared/util';
import { MakeUpGuests } from '../make-up-guests/make-up-guests';
import { AttendanceDraft, changedMarks, commentsWithoutStatus, draftOf, DraftMark, isChanged, markAllPresent } from './attendance-draft';

type PageState = 'loading' | 'ready' | 'not-found' | 'error';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'nothing' } | { kind: 'needsStatus'; names: string } | { kind: 'failed'; key: string };

/**
 * Taking attendance for one course day, made for a tablet in the classroom: every trainee on
 * one screen with four large choices, an optional comment, "everyone present", and one button
 * that saves every change at once.
 */
@Component({
  selector: 'peer-attendance-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT, MakeUpGuests],
  templateUrl: './attendance-page.html',
  styleUrl: './attendance-page.css',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class AttendancePage {
  private readonly attendanceService = inject(AttendanceService);

  /** Route parameters. */
  readonly cohortId = input.required<string>();
  readonly dayNumber = input.required<string>();

  protected readonly day = computed(() => (/^[1-9]\d{0,3}$/.test(this.dayNumber()) ? Number(this.dayNumber()) : null));
  protected readonly statuses = ATTENDANCE_STATUSES;

  protected readonly attendance = resource({
    params: () => {
      const day = this.day();
      return day === null ? undefined : { cohortId: this.cohortId(), day };
    },
    loader: ({ params }) => this.attendanceService.day(params.cohortId, params.day),
  });

  protected readonly rows = computed<readonly AttendanceRowDto[]>(() => (this.attendance.hasValue() ? this.attendance.value().rows : []));

  /** The marks on screen; starts over from the saved ones whenever they are (re)loaded. */
  protected readonly draft = linkedSignal<readonly AttendanceRowDto[], AttendanceDraft>({
    source: this.rows,
    computation: (rows) => draftOf(rows),
  });

  protected readonly changes = computed(() => changedMarks(this.rows(), this.draft()));
  protected readonly saving = signal(false);
  protected readonly saveState = signal<SaveState>({ kind: 'idle' });

  protected readonly state = computed<PageState>(() => {
    if (this.day() === null) return 'not-found';
    const error = this.attendance.error();
    if (error) {
      const status = toApiError(error).status;
      return status === 404 || status === 400 ? 'not-found' : 'error';
    }
    return this.attendance.hasValue() ? 'ready' : 'loading';
  });

  protected readonly errorKey = computed(() => {
    const error = this.attendance.error();
    return error ? errorMessageKey(toApiError(error)) : 'errors.unexpected';
  });

  protected mark(traineeId: string): DraftMark {
    return this.draft().get(traineeId) ?? { status: null, comment: '' };
  }

  protected changed(row: AttendanceRowDto): boolean {
    return isChanged(row, this.draft().get(row.traineeId));
  }

  protected setStatus(traineeId: string, status: AttendanceStatus): void {
    this.update(traineeId, { status });
  }

  protected setComment(traineeId: string, event: Event): void {
    this.update(traineeId, { comment: (event.target as HTMLInputElement).value });
  }

  protected allPresent(): void {
    this.draft.set(markAllPresent(this.rows(), this.draft()));
    this.saveState.set({ kind: 'idle' });
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const day = this.day();
    if (day === null) return;
    const missing = commentsWithoutStatus(this.rows(), this.draft());
    if (missing.length > 0) {
      this.saveState.set({ kind: 'needsStatus', names: missing.map((row) => row.name).join(', ') });
      return;
    }
    const marks = this.changes();
    if (marks.length === 0) {
      this.saveState.set({ kind: 'nothing' });
      return;
    }
    this.saving.set(true);
    this.saveState.set({ kind: 'idle' });
    try {
      await this.attendanceService.mark(this.cohortId(), day, marks);
      this.saveState.set({ kind: 'saved' });
      this.attendance.reload();
    } catch (error) {
      this.saveState.set({ kind: 'failed', key: errorMessageKey(toApiError(error)) });
    } finally {
      this.saving.set(false);
    }
  }

  /** Warns before the tab is closed or reloaded with unsaved marks. */
  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.changes().length > 0) event.preventDefault();
  }

  private update(traineeId: string, patch: Partial<DraftMark>): void {
    const next = new Map(this.draft());
    next.set(traineeId, { ...this.mark(traineeId), ...patch });
    this.draft.set(next);
    if (this.saveState().kind !== 'idle') this.saveState.set({ kind: 'idle' });
  }
}
