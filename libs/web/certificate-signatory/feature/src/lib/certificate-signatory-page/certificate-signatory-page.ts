import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, resource, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateSignatoryDto } from '@peer/contract';
import { CertificateSignatoryService } from '@peer/web/certificate-signatory/data-access';
import { FormMessage, FormMessageView } from '@peer/web/shared/ui';
import { CertificateLogo } from '../certificate-logo/certificate-logo';
import { CertificateSignatoryForm } from '../certificate-signatory-form/certificate-signatory-form';
import type { PageStatus } from '../page-status';
import { removeOnce } from '../removal';

/**
 * The organisation's administrator sets what its certificates show of it: the logo, and who signs
 * them. Both are printed on each certificate issued after she saves; those already issued keep
 * what they show. Each part loads on its own, so one failing leaves the other usable.
 */
@Component({
  selector: 'peer-certificate-signatory-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FormMessageView, CertificateLogo, CertificateSignatoryForm],
  templateUrl: './certificate-signatory-page.html',
  styleUrl: './certificate-signatory-page.css',
})
export class CertificateSignatoryPage {
  private readonly signatories = inject(CertificateSignatoryService);
  private readonly injector = inject(Injector);

  protected readonly signatory = resource({ loader: () => this.signatories.get() });
  /** Announces the last change. */
  protected readonly status = signal<PageStatus | null>(null);
  protected readonly removing = signal(false);
  protected readonly removeError = signal<FormMessage | null>(null);

  private readonly current = viewChild<ElementRef<HTMLElement>>('current');

  protected onSaved(signatory: CertificateSignatoryDto): void {
    this.signatory.set(signatory);
    this.removeError.set(null);
    this.status.set({ key: 'certificateSignatory.saved', params: { name: signatory.name, title: signatory.title } });
  }

  protected remove(): Promise<void> {
    return removeOnce(this.removing, this.removeError, () => this.signatories.remove(), () => this.onRemoved());
  }

  private onRemoved(): void {
    this.signatory.set(null);
    this.status.set({ key: 'certificateSignatory.removed' });
    // The remove button is gone: keep keyboard and screen-reader users where they were.
    afterNextRender(() => this.current()?.nativeElement.focus(), { injector: this.injector });
  }
}
