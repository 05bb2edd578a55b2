import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { FieldError, InvitationDto } from '@peer/contract';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

/** The API's limit on the file's size, in characters. */
const MAX_CSV_LENGTH = 200_000;

/** One problem in the file, as shown in the list. */
export interface ImportProblem {
  /** The line in the file, counting the header as line 1; null when the problem is not about one line. */
  readonly line: number | null;
  /** Our wording of the rule, when we have one. */
  readonly key: string | null;
  /** The API's own (English) message. */
  readonly message: string;
}

/** Reads `csv.line3.email` → 3. */
export function toImportProblem(error: FieldError): Omit<ImportProblem, 'key'> & { rule: string } {
  const match = /^csv\.line(\d+)\./.exec(error.field);
  return { line: match ? Number(match[1]) : null, rule: error.rule, message: error.message };
}

/**
 * Invites everyone of a `name,email` CSV file, chosen as a file or pasted. All or nothing:
 * when any row is wrong, every problem is listed and nobody is invited.
 */
@Component({
  selector: 'peer-import-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './import-form.html',
  styles: `
    textarea {
      font-family: var(--font-mono);
      font-size: var(--font-size-sm);
    }
    .problems {
      margin: var(--space-2) 0 0;
      padding-inline-start: var(--space-5);
    }
    .problems li + li {
      margin-top: var(--space-1);
    }
    .api-message {
      display: block;
      font-size: var(--font-size-sm);
      font-weight: 400;
    }
  `,
})
export class ImportForm {
  private readonly cohorts = inject(CohortsService);
  private readonly translate = inject(TranslateService);

  readonly cohortId = input.required<string>();
  readonly imported = output<readonly InvitationDto[]>();

  protected readonly csv = signal('');
  protected readonly fileName = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** The rows the API refused; nothing was imported. */
  protected readonly problems = signal<readonly ImportProblem[]>([]);
  protected readonly errorKey = signal<string | null>(null);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  protected readonly lineCount = computed(() => this.csv().split(/\r?\n/).filter((line) => line.trim() !== '').length);

  protected async onFileChosen(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.fileName.set(file.name);
    this.csv.set(await file.text());
    this.problems.set([]);
    this.errorKey.set(null);
  }

  protected onPaste(event: Event): void {
    this.csv.set((event.target as HTMLTextAreaElement).value);
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.problems.set([]);
    this.errorKey.set(null);
    const csv = this.csv();
    if (csv.trim() === '') {
      this.errorKey.set('cohorts.import.empty');
      return;
    }
    if (csv.length > MAX_CSV_LENGTH) {
      this.errorKey.set('cohorts.import.tooLarge');
      return;
    }
    this.busy.set(true);
    try {
      const response = await this.cohorts.importCsv(this.cohortId(), csv);
      this.csv.set('');
      this.fileName.set(null);
      this.fileInput().nativeElement.value = '';
      this.imported.emit(response.invited);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.fieldErrors.length > 0) {
        this.problems.set(apiError.fieldErrors.map((fieldError) => this.describe(fieldError)));
      } else {
        this.errorKey.set(errorMessageKey(apiError));
      }
    } finally {
      this.busy.set(false);
    }
  }

  private describe(error: FieldError): ImportProblem {
    const { line, rule, message } = toImportProblem(error);
    const key = `cohorts.import.rules.${rule}`;
    const known = this.translate.instant(key) !== key;
    return { line, key: known ? key : null, message };
  }
}
