import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { email, form, maxLength, minLength, pattern, required } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import { type CreateOrganisationResponse, ORGANISATION_SLUG_PATTERN } from '@peer/contract';
import { OrganisationsService } from '@peer/web/organisations/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';

interface NewOrganisation {
  name: string;
  slug: string;
  adminName: string;
  adminEmail: string;
}

const EMPTY: NewOrganisation = { name: '', slug: '', adminName: '', adminEmail: '' };

/** Creates an organisation with its first administrator (the API's limits, checked here first). */
@Component({
  selector: 'peer-create-organisation-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
  templateUrl: './create-organisation-form.html',
  styles: `
    .administrator-fields {
      gap: var(--space-3);
    }
  `,
})
export class CreateOrganisationForm {
  private readonly organisationsService = inject(OrganisationsService);

  readonly created = output<CreateOrganisationResponse>();

  private readonly model = signal<NewOrganisation>({ ...EMPTY });
  protected readonly organisationForm = form(this.model, (path) => {
    required(path.name);
    maxLength(path.name, 120);
    required(path.slug);
    minLength(path.slug, 2);
    maxLength(path.slug, 40);
    pattern(path.slug, ORGANISATION_SLUG_PATTERN);
    required(path.adminName);
    maxLength(path.adminName, 120);
    required(path.adminEmail);
    email(path.adminEmail);
    maxLength(path.adminEmail, 254);
  });
  protected readonly message = signal<FormMessage | null>(null);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { name, slug, adminName, adminEmail } = this.model();
    const sent = await submitWithApiErrors(this.organisationForm, {
      send: () => this.organisationsService.create({ name: name.trim(), slug, adminName: adminName.trim(), adminEmail: adminEmail.trim() }),
      fields: {
        name: this.organisationForm.name,
        slug: this.organisationForm.slug,
        adminName: this.organisationForm.adminName,
        adminEmail: this.organisationForm.adminEmail,
      },
      message: this.message,
    });
    if (sent) {
      this.organisationForm().reset({ ...EMPTY });
      this.created.emit(sent.value);
    }
  }
}
