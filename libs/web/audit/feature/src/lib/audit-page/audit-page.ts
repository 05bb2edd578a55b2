import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AUDIT_PAGE_SIZE, type AuditEventDto, type UserDto } from '@peer/contract';
import { AUDIT_ACTION_CODES, auditActionKey, AuditFilters, AuditTrailService, formatAuditTime } from '@peer/web/audit/data-access';
import { UsersService } from '@peer/web/users/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Events per page (the API's default). */
const PAGE_SIZE = AUDIT_PAGE_SIZE;
const SUBJECT_TYPES = new Set(['user', 'cohort', 'course_day', 'enrolment', 'certificate', 'study_visit', 'role_play_attempt', 'curriculum', 'audit_trail', 'invitation', 'make_up_booking', 'erasure_request', 'supervision_group', 'organisation', 'signing_key']);

/**
 * Administrators read the audit trail: who read, exported or changed whose data, when. The
 * filters live in the address, so a reload or a shared link shows the same selection.
 */
@Component({
  selector: 'peer-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.css',
})
export class AuditPage {
  private readonly trail = inject(AuditTrailService);
  private readonly usersService = inject(UsersService);
  private readonly router = inject(Router);
  private readonly currentLang = inject(TranslateService).currentLang;

  /** Query parameters. */
  readonly person = input<string>();
  readonly actor = input<string>();
  readonly action = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly offset = input<string>();

  protected readonly actions = AUDIT_ACTION_CODES;
  protected readonly language = computed<'sv' | 'en'>(() => (this.currentLang() === 'en' ? 'en' : 'sv'));

  protected readonly filters = computed<AuditFilters>(() => ({
    person: this.person() || null,
    actor: this.actor() || null,
    action: this.action() || null,
    from: DAY.test(this.from() ?? '') ? (this.from() as string) : null,
    to: DAY.test(this.to() ?? '') ? (this.to() as string) : null,
  }));
  protected readonly start = computed(() => {
    const value = Number(this.offset());
    return Number.isInteger(value) && value > 0 ? value : 0;
  });

  /** Everyone the administrator may already list, by name: the only way to pick a person. */
  protected readonly users = resource({
    loader: async () => (await this.usersService.list()).slice().sort((a, b) => a.name.localeCompare(b.name, 'sv')),
  });
  protected readonly staff = computed<UserDto[]>(() => (this.users.hasValue() ? this.users.value().filter((u) => u.role !== 'trainee') : []));

  protected readonly events = resource({
    params: () => ({ filters: this.filters(), offset: this.start() }),
    loader: ({ params }) => this.trail.events(params.filters, params.offset, PAGE_SIZE),
  });

  protected readonly paging = computed(() => {
    if (!this.events.hasValue()) return null;
    const { offset, limit, total, events } = this.events.value();
    return {
      range: { from: events.length === 0 ? 0 : offset + 1, to: offset + events.length, total },
      previous: offset > 0 ? Math.max(0, offset - limit) : null,
      next: offset + events.length < total ? offset + events.length : null,
    };
  });

  protected readonly csvUrl = computed(() => this.trail.csvUrl(this.filters(), this.language()));

  protected readonly errorKey = computed(() => {
    const error = this.events.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  protected actionKey(action: string): string | null {
    return auditActionKey(action);
  }

  protected subjectKey(subjectType: string): string | null {
    return SUBJECT_TYPES.has(subjectType) ? `audit.subjects.${subjectType}` : null;
  }

  protected time(iso: string): string {
    return formatAuditTime(iso, this.language());
  }

  /** The names shown, and how many more the event names. */
  protected more(event: AuditEventDto): number {
    return event.peopleCount - event.people.length;
  }

  // A new filter starts again from the first page of what it selects.
  protected async setFilter(name: keyof AuditFilters, event: Event): Promise<void> {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    await this.navigate({ [name]: value || null, offset: null }, true);
  }

  protected async clear(): Promise<void> {
    await this.navigate({ person: null, actor: null, action: null, from: null, to: null, offset: null }, true);
  }

  /** Each page is its own history entry, so the browser's back button returns to the previous one. */
  protected async goTo(offset: number): Promise<void> {
    await this.navigate({ offset: offset > 0 ? String(offset) : null }, false);
  }

  private async navigate(queryParams: Record<string, string | null>, replaceUrl: boolean): Promise<void> {
    await this.router.navigate(['/admin/audit'], { queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}
