import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { email, form, FormField, maxLength, minLength, required, validate } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { StudyVisitDto, StudyVisitRequirementDto } from '@peer/contract';
import { FORMAT } from '@peer/web/shared/util';
import { parseHours, StudyVisitsService } from '@peer/web/practice/data-access';
import { FieldErrors, FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';

interface RegisterModel {
  requirementId: string;
  unitName: string;
  organisation: string;
  date: string;
  /** As typed: "3,5" or "3.5". */
  hours: string;
  hostEmail: string;
}

/**
 * The API's rule codes for the host address, as the kinds the texts are filed under
 * (`validation.fields.hostEmail.<kind>`): a dotted code would read as a nested key.
 */
const HOST_EMAIL_KINDS: Readonly<Record<string, string>> = {
  'hostEmail.domain-not-allowed': 'domainNotAllowed',
  'mail.limit-visit': 'mailLimit',
  'mail.limit-trainee': 'mailLimit',
  'mail.limit-recipient': 'mailLimit',
};

const EMPTY: Omit<RegisterModel, 'requirementId'> = { unitName: '', organisation: '', date: '', hours: '', hostEmail: '' };

/**
 * Registers a study visit: which of the course's visits it is (its kind of unit follows), the
 * unit, organisation, date, hours and the host's e-mail. The API's field errors show at the fields.
 */
@Component({
  selector: 'peer-register-study-visit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors, FORMAT, TextField, FormMessageView],
  templateUrl: './register-study-visit-form.html',
  styles: `
    .field-row {
      display: grid;
      gap: var(--space-4);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    }
    .field-row .field {
      align-content: start;
    }
    .privacy-hint {
      color: var(--color-warning);
      font-weight: 600;
    }
    .kind {
      margin: 0;
    }
  `,
})
export class RegisterStudyVisitForm {
  private readonly studyVisits = inject(StudyVisitsService);

  readonly enrolmentId = input.required<string>();
  /** The course's study visits; the required ones first. */
  readonly requirements = input.required<readonly StudyVisitRequirementDto[]>();
  readonly registered = output<StudyVisitDto>();

  private readonly model = signal<RegisterModel>({ requirementId: '', ...EMPTY });
  protected readonly registerForm = form(this.model, (path) => {
    required(path.requirementId);
    required(path.unitName);
    minLength(path.unitName, 2);
    maxLength(path.unitName, 200);
    required(path.organisation);
    minLength(path.organisation, 2);
    maxLength(path.organisation, 200);
    required(path.date);
    required(path.hours);
    validate(path.hours, ({ value }) => (value() && parseHours(value()) === null ? { kind: 'hours' } : undefined));
    required(path.hostEmail);
    email(path.hostEmail);
    maxLength(path.hostEmail, 254);
  });
  protected readonly message = signal<FormMessage | null>(null);

  /** The chosen study visit: its kind of unit and minimum length are shown, the kind is sent. */
  protected readonly requirement = computed(() => this.requirements().find((r) => r.id === this.registerForm.requirementId().value()) ?? null);

  constructor() {
    // Keep the choice among the course's visits; start with the first (a required one).
    effect(() => {
      const ids = this.requirements().map((r) => r.id);
      if (!ids.includes(this.registerForm.requirementId().value())) this.registerForm.requirementId().value.set(ids[0] ?? '');
    });
  }

  protected id(part: string): string {
    return `register-visit-${this.enrolmentId()}-${part}`;
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { requirementId, unitName, organisation, date, hours, hostEmail } = this.model();
    const f = this.registerForm;
    const sent = await submitWithApiErrors(this.registerForm, {
      send: () =>
        this.studyVisits.register({
          enrolmentId: this.enrolmentId(),
          requirementId,
          kind: this.requirement()?.kind ?? '',
          unitName: unitName.trim(),
          organisation: organisation.trim(),
          date,
          hours: parseHours(hours) ?? Number.NaN,
          hostEmail: hostEmail.trim(),
        }),
      fields: { requirementId: f.requirementId, kind: f.requirementId, unitName: f.unitName, organisation: f.organisation, date: f.date, hours: f.hours, hostEmail: f.hostEmail },
      message: this.message,
      ruleKinds: HOST_EMAIL_KINDS,
    });
    if (sent) {
      this.registerForm().reset({ requirementId: this.model().requirementId, ...EMPTY });
      this.registered.emit(sent.value);
    }
  }
}
