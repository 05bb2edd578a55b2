import { afterNextRender, ChangeDetectionStrategy, Component, DOCUMENT, inject, Injector, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { AddAdministratorResponse, CreateOrganisationResponse, OrganisationDto } from '@peer/contract';
import { OrganisationsService } from '@peer/web/organisations/data-access';
import { AddAdministratorForm } from '../add-administrator-form/add-administrator-form';
import { AdministratorPassword } from '../administrator-password/administrator-password';
import { CreateOrganisationForm } from '../create-organisation-form/create-organisation-form';
import { OrganisationsTable } from '../organisations-table/organisations-table';

/** The national administrator lists the organisations, creates them with their first administrator, and adds administrators. */
@Component({
  selector: 'peer-organisations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CreateOrganisationForm, AdministratorPassword, OrganisationsTable, AddAdministratorForm],
  templateUrl: './organisations-page.html',
  styleUrl: './organisations-page.css',
})
export class OrganisationsPage {
  private readonly organisationsService = inject(OrganisationsService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly organisations = resource({ loader: () => this.organisationsService.list() });
  /** The organisation just created, with its administrator's temporary password; cleared when the national administrator is done. */
  protected readonly created = signal<CreateOrganisationResponse | null>(null);
  /** The organisation an administrator is being added to. */
  protected readonly adding = signal<OrganisationDto | null>(null);
  /** The administrator just added, with her temporary password; cleared when the national administrator is done. */
  protected readonly added = signal<{ organisation: OrganisationDto; response: AddAdministratorResponse } | null>(null);

  protected onCreated(response: CreateOrganisationResponse): void {
    this.created.set(response);
    this.organisations.reload();
  }

  protected openAddAdministrator(organisation: OrganisationDto): void {
    this.added.set(null);
    this.adding.set(organisation);
  }

  protected onAdministratorAdded(organisation: OrganisationDto, response: AddAdministratorResponse): void {
    const { id, name, email } = response.administrator;
    this.organisations.update((list) =>
      list?.map((o) => (o.id === organisation.id ? { ...o, administrators: [...o.administrators, { id, name, email }] } : o)),
    );
    this.added.set({ organisation, response });
  }

  /** Closes the form or the result, and takes keyboard users back to the organisation's button. */
  protected closeAddAdministrator(): void {
    const organisation = this.added()?.organisation ?? this.adding();
    this.added.set(null);
    this.adding.set(null);
    if (organisation) {
      afterNextRender(() => this.document.getElementById(`add-administrator-${organisation.id}`)?.focus(), { injector: this.injector });
    }
  }
}
