import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateOrganisationResponse } from '@peer/contract';
import { OrganisationsService } from '@peer/web/organisations/data-access';
import { CreateOrganisationForm } from '../create-organisation-form/create-organisation-form';
import { OrganisationCreated } from '../organisation-created/organisation-created';
import { OrganisationsTable } from '../organisations-table/organisations-table';

/** The national administrator lists the organisations and creates them, each with its first administrator. */
@Component({
  selector: 'peer-organisations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CreateOrganisationForm, OrganisationCreated, OrganisationsTable],
  templateUrl: './organisations-page.html',
  styleUrl: './organisations-page.css',
})
export class OrganisationsPage {
  private readonly organisationsService = inject(OrganisationsService);

  protected readonly organisations = resource({ loader: () => this.organisationsService.list() });
  /** The organisation just created, with its administrator's temporary password; cleared when the national administrator is done. */
  protected readonly created = signal<CreateOrganisationResponse | null>(null);

  protected onCreated(response: CreateOrganisationResponse): void {
    this.created.set(response);
    this.organisations.reload();
  }
}
