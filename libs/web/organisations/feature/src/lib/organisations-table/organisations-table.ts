import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { OrganisationDto } from '@peer/contract';
import { DayPipe } from '@peer/web/shared/util';

/** The calendar date in Sweden of an instant, `YYYY-MM-DD` (what the `day` pipe formats). */
const swedishDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The organisations with who administers each, for the national administrator. */
@Component({
  selector: 'peer-organisations-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, DayPipe],
  templateUrl: './organisations-table.html',
  styles: `
    .administrators {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .administrators li + li {
      margin-top: var(--space-1);
    }
    .administrators .muted {
      display: block;
      font-size: var(--font-size-sm);
    }
  `,
})
export class OrganisationsTable {
  readonly organisations = input.required<readonly OrganisationDto[]>();
  /** The organisation whose "add an administrator" form is open, if any. */
  readonly addingTo = input<string | null>(null);
  /** The id of the region below the table where that form opens. */
  readonly regionId = input<string | null>(null);
  /** The national administrator asks to add an administrator to an organisation. */
  readonly addAdministrator = output<OrganisationDto>();

  protected readonly rows = computed(() =>
    this.organisations().map((organisation) => ({ ...organisation, createdOn: swedishDate.format(new Date(organisation.createdAt)) })),
  );
}
