import { ChangeDetectionStrategy, Component, inject, input, linkedSignal, output, signal } from '@angular/core';
import { form, maxLength, required, validate } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateSignatoryDto } from '@peer/contract';
import { CertificateSignatoryService } from '@peer/web/certificate-signatory/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';

/** The API's limit on the name and the title. */
const MAX_LENGTH = 120;

/** Blank (only spaces) is no name: the API's `matches` rule, checked before sending. */
const notBlank = ({ value }: { value: () => string }) => (value() !== '' && value().trim() === '' ? { kind: 'matches' } : undefined);

/** Names or changes who signs the organisation's certificates; starts from the signatory named now. */
@Component({
  selector: 'peer-certificate-signatory-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
  templateUrl: './certificate-signatory-form.html',
})
export class CertificateSignatoryForm {
  private readonly signatories = inject(CertificateSignatoryService);

  /** The signatory named now, if any. */
  readonly signatory = input<CertificateSignatoryDto | null>(null);
  readonly saved = output<CertificateSignatoryDto>();

  private readonly model = linkedSignal<CertificateSignatoryDto>(() => ({
    name: this.signatory()?.name ?? '',
    title: this.signatory()?.title ?? '',
  }));
  protected readonly signatoryForm = form(this.model, (path) => {
    required(path.name);
    maxLength(path.name, MAX_LENGTH);
    validate(path.name, notBlank);
    required(path.title);
    maxLength(path.title, MAX_LENGTH);
    validate(path.title, notBlank);
  });
  protected readonly message = signal<FormMessage | null>(null);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { name, title } = this.model();
    const sent = await submitWithApiErrors(this.signatoryForm, {
      send: () => this.signatories.set({ name: name.trim(), title: title.trim() }),
      fields: { name: this.signatoryForm.name, title: this.signatoryForm.title },
      message: this.message,
    });
    if (sent) {
      this.signatoryForm().reset({ name: sent.value.name, title: sent.value.title });
      this.saved.emit(sent.value);
    }
  }
}
