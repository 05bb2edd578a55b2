import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { FieldError, InvitationDto } from '@peer/contract';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { csvLineOf, errorMessageKey, fieldErrorKeys, toApiError } from '@peer/web/shared/util';

/** The API's limit on the file's size, in characters. */
const MAX_CSV_LENGTH = 200_000;

/** One problem in the file, as shown in the list. */
export interface ImportProblem {
  /** The line in the file, counting the header as line 1; null when the problem is not about one line. */
  readonly line: number | null;
  /** Translation keys of the problem, best first: this form's wording of the rule, then the shared ones. */
  readonly keys: readonly string[];
}

/** Reads `csv.line3.email` → line 3, worded by its rule (never the API's English message). */
export function toImportProblem(error: FieldError): ImportProblem {
  return { line: csvLineOf(error), keys: [`cohorts.import.rules.${error.rule}`, ...fieldErrorKeys(error)] };
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
  /** The problems in the language in use. */
  protected readonly problemTexts = computed(() => {
    this.translate.currentLang();
    return this.problems().map((problem) => ({ line: problem.line, text: this.firstText(problem.keys) }));
  });
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
        this.problems.set(apiError.fieldErrors.map(toImportProblem));
      } else {
        this.errorKey.set(errorMessageKey(apiError));
      }
    } finally {
      this.busy.set(false);
    }
  }

  private firstText(keys: readonly string[]): string {
    for (const key of keys) {
      const text: unknown = this.translate.instant(key);
      if (typeof text === 'string' && text !== key) return text;
    }
    return String(this.translate.instant('validation.invalid'));
  }
}
