import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, output, resource, signal, viewChild } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { type FieldError, fieldErrorCode, type OrganisationLogoDto } from '@peer/contract';
import { LOGO_TYPES, MAX_LOGO_BYTES, OrganisationLogoService } from '@peer/web/certificate-signatory/data-access';
import { apiErrorMessage, FormMessage, FormMessageView } from '@peer/web/shared/ui';
import { fieldErrorKeys, firstText, toApiError } from '@peer/web/shared/util';
import type { PageStatus } from '../page-status';
import { removeOnce } from '../removal';

/** The API's refusals of the image that say more about a logo as the logo's own words. */
const LOGO_WORDS: Readonly<Record<string, string>> = {
  // Not a PNG or JPEG `data:` URL.
  'field.matches': 'errors.codes.field.logo-type',
  // More than the API takes.
  'field.max-length': 'errors.codes.field.logo-size',
};

/** Translation keys of the API's objection to the image, best first. */
function imageErrorKeys(error: FieldError): readonly string[] {
  const own = LOGO_WORDS[error.code ?? fieldErrorCode(error.rule)];
  return own ? [own] : fieldErrorKeys(error);
}

/** What is wrong with the chosen file before it is sent, as a translation key; null when nothing is. */
function fileProblem(file: File): string | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return 'errors.codes.field.logo-type';
  if (file.size > MAX_LOGO_BYTES) return 'errors.codes.field.logo-size';
  return null;
}

/** The file's contents as a `data:` URL of its type. */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/**
 * The organisation's logo on its certificates: shows the one uploaded, uploads a PNG or JPEG in
 * its place (checked for type and size before sending) and removes it. Certificates already
 * issued keep what they show. Announces each change through `announced`.
 */
@Component({
  selector: 'peer-certificate-logo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FormMessageView],
  templateUrl: './certificate-logo.html',
  styles: `
    .logo-layout {
      display: grid;
      gap: var(--space-5);
    }
    .logo-image {
      display: block;
      max-width: 100%;
      max-height: 80px;
      margin: 0 0 var(--space-3);
    }
    .current {
      margin: 0 0 var(--space-3);
    }
  `,
})
export class CertificateLogo {
  private readonly logos = inject(OrganisationLogoService);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);

  /** A change to announce: the logo saved or removed. */
  readonly announced = output<PageStatus>();

  protected readonly logo = resource({ loader: () => this.logos.get() });
  /** Changes after each upload, so the browser fetches the new image from the same address. */
  private readonly version = signal(Date.now());
  /** The image's address, or null while there is no logo. */
  protected readonly src = computed(() => {
    const logo = this.logo.hasValue() ? this.logo.value() : null;
    if (!logo) return null;
    return `${logo.url}${logo.url.includes('?') ? '&' : '?'}v=${this.version()}`;
  });

  protected readonly file = signal<File | null>(null);
  protected readonly uploading = signal(false);
  protected readonly removing = signal(false);
  /** Translation keys of what is wrong with the chosen image, best first; empty when nothing is. */
  protected readonly fileErrorKeys = signal<readonly string[]>([]);
  /** That, in the language in use. */
  protected readonly fileError = computed(() => {
    const keys = this.fileErrorKeys();
    this.translate.currentLang();
    if (keys.length === 0) return null;
    return firstText(this.translate, keys) ?? String(this.translate.instant('validation.invalid'));
  });
  protected readonly uploadError = signal<FormMessage | null>(null);
  protected readonly removeError = signal<FormMessage | null>(null);

  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly current = viewChild<ElementRef<HTMLElement>>('current');

  protected onFileChosen(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.fileErrorKeys.set([]);
    this.uploadError.set(null);
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.uploading()) return;
    this.fileErrorKeys.set([]);
    this.uploadError.set(null);
    const file = this.file();
    if (!file) {
      this.refuseFile(['certificateSignatory.logo.required']);
      return;
    }
    const problem = fileProblem(file);
    if (problem) {
      this.refuseFile([problem]);
      return;
    }
    this.uploading.set(true);
    try {
      let image: string;
      try {
        image = await readAsDataUrl(file);
      } catch {
        this.uploadError.set({ key: 'errors.unexpected' });
        return;
      }
      try {
        this.onSaved(await this.logos.set(image));
      } catch (error) {
        const apiError = toApiError(error);
        const imageError = apiError.fieldErrors.find((e) => e.field === 'image');
        if (imageError) this.refuseFile(imageErrorKeys(imageError));
        else this.uploadError.set(apiErrorMessage(apiError));
      }
    } finally {
      this.uploading.set(false);
    }
  }

  protected remove(): Promise<void> {
    return removeOnce(this.removing, this.removeError, () => this.logos.remove(), () => this.onRemoved());
  }

  private onSaved(logo: OrganisationLogoDto): void {
    this.logo.set(logo);
    this.version.update((version) => Math.max(Date.now(), version + 1));
    this.file.set(null);
    const input = this.fileInput()?.nativeElement;
    if (input) input.value = '';
    this.removeError.set(null);
    this.announced.emit({ key: 'certificateSignatory.logo.saved' });
  }

  private onRemoved(): void {
    this.logo.set(null);
    this.announced.emit({ key: 'certificateSignatory.logo.removed' });
    // The remove button is gone: keep keyboard and screen-reader users where they were.
    afterNextRender(() => this.current()?.nativeElement.focus(), { injector: this.injector });
  }

  private refuseFile(keys: readonly string[]): void {
    this.fileErrorKeys.set(keys);
    this.fileInput()?.nativeElement.focus();
  }
}
