import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { email, form, maxLength, required } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { AddAdministratorResponse, OrganisationDto } from '@peer/contract';
import { OrganisationsService } from '@peer/web/organisations/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';

interface NewAdministrator {
  name: string;
  email: string;
}

const EMPTY: NewAdministrator = { name: '', email: '' };

/** Adds an administrator to an existing organisation (the API's limits, checked here first). */
@Component({
  selector: 'peer-add-administrator-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
  templateUrl: './add-administrator-form.html',
  styles: `
    :host {
      display: block;
      margin-top: var(--space-5);
    }
  `,
})
export class AddAdministratorForm {
  private readonly organisationsService = inject(OrganisationsService);
  private readonly injector = inject(Injector);

  readonly organisation = input.required<OrganisationDto>();
  readonly added = output<AddAdministratorResponse>();
  readonly cancelled = output<void>();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  private readonly model = signal<NewAdministrator>({ ...EMPTY });
  protected readonly administratorForm = form(this.model, (path) => {
    required(path.name);
    maxLength(path.name, 120);
    required(path.email);
    email(path.email);
    maxLength(path.email, 254);
  });
  protected readonly message = signal<FormMessage | null>(null);

  constructor() {
    // Another organisation's form: start afresh, and bring keyboard and screen-reader users to it.
    effect(() => {
      this.organisation();
      untracked(() => {
        this.administratorForm().reset({ ...EMPTY });
        this.message.set(null);
      });
      afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
    });
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { name, email } = this.model();
    const sent = await submitWithApiErrors(this.administratorForm, {
      send: () => this.organisationsService.addAdministrator(this.organisation().id, { name: name.trim(), email: email.trim() }),
      fields: { name: this.administratorForm.name, email: this.administratorForm.email },
      message: this.message,
      refusals: { 404: 'organisations.addAdmin.notFound' },
    });
    if (sent) {
      this.administratorForm().reset({ ...EMPTY });
      this.added.emit(sent.value);
    }
  }
}
