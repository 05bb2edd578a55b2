import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { auditActionKey, AuditTrailService, formatAuditTime } from '@peer/web/audit/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

const PAGE_SIZE = 20;

/** "Who viewed my data": staff reads, exports and changes of the trainee's own data, newest first. */
@Component({
  selector: 'peer-who-viewed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './who-viewed.html',
})
export class WhoViewed {
  private readonly trail = inject(AuditTrailService);
  private readonly currentLang = inject(TranslateService).currentLang;

  protected readonly offset = signal(0);
  protected readonly entries = resource({
    params: () => ({ offset: this.offset() }),
    loader: ({ params }) => this.trail.dataAccess(params.offset, PAGE_SIZE),
  });

  protected readonly paging = computed(() => {
    if (!this.entries.hasValue()) return null;
    const { offset, limit, total, entries } = this.entries.value();
    if (offset === 0 && entries.length >= total) return null;
    return {
      range: { from: entries.length === 0 ? 0 : offset + 1, to: offset + entries.length, total },
      previous: offset > 0 ? Math.max(0, offset - limit) : null,
      next: offset + entries.length < total ? offset + entries.length : null,
    };
  });

  protected readonly errorKey = computed(() => {
    const error = this.entries.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  protected actionKey(action: string): string | null {
    return auditActionKey(action);
  }

  protected time(iso: string): string {
    return formatAuditTime(iso, this.currentLang() === 'en' ? 'en' : 'sv');
  }
}
