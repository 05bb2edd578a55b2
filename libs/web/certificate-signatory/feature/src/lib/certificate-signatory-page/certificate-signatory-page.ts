import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, resource, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateSignatoryDto } from '@peer/contract';
import { CertificateSignatoryService } from '@peer/web/certificate-signatory/data-access';
import { apiErrorMessage, FormMessage, FormMessageView } from '@peer/web/shared/ui';
import { toApiError } from '@peer/web/shared/util';
import { CertificateSignatoryForm } from '../certificate-signatory-form/certificate-signatory-form';

/** The last change, as the page announces it. */
interface Status {
  readonly key: string;
  readonly params?: Readonly<Record<string, string>>;
}

/**
 * The organisation's administrator names who signs its certificates: printed on each certificate
 * issued after she saves; those already issued keep what they say.
 */
@Component({
  selector: 'peer-certificate-signatory-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FormMessageView, CertificateSignatoryForm],
  templateUrl: './certificate-signatory-page.html',
  styleUrl: './certificate-signatory-page.css',
})
export class CertificateSignatoryPage {
  private readonly signatories = inject(CertificateSignatoryService);
  private readonly injector = inject(Injector);

  protected readonly signatory = resource({ loader: () => this.signatories.get() });
  /** Announces the last change. */
  protected readonly status = signal<Status | null>(null);
  protected readonly removing = signal(false);
  protected readonly removeError = signal<FormMessage | null>(null);

  private readonly current = viewChild<ElementRef<HTMLElement>>('current');

  protected onSaved(signatory: CertificateSignatoryDto): void {
    this.signatory.set(signatory);
    this.removeError.set(null);
    this.status.set({ key: 'certificateSignatory.saved', params: { name: signatory.name, title: signatory.title } });
  }

  protected async remove(): Promise<void> {
    if (this.removing()) return;
    this.removing.set(true);
    this.removeError.set(null);
    try {
      await this.signatories.remove();
      this.onRemoved();
    } catch (error) {
      const apiError = toApiError(error);
      // Already gone (removed elsewhere): what the administrator wanted.
      if (apiError.status === 404) this.onRemoved();
      else this.removeError.set(apiErrorMessage(apiError));
    } finally {
      this.removing.set(false);
    }
  }

  private onRemoved(): void {
    this.signatory.set(null);
    this.status.set({ key: 'certificateSignatory.removed' });
    // The remove button is gone: keep keyboard and screen-reader users where they were.
    afterNextRender(() => this.current()?.nativeElement.focus(), { injector: this.injector });
  }
}
