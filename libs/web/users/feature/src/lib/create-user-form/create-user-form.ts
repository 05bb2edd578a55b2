import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { email, form, FormField, maxLength, required, submit } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreatableRole, CreateUserResponse } from '@peer/contract';
import { FieldErrors } from '@peer/web/shared/ui';
import { CREATABLE_ROLES, UsersService } from '@peer/web/users/data-access';
import { CHECK_FIELDS, focusFirstInvalid, FormFeedback, formFeedback, mapFieldErrors, toApiError } from '@peer/web/shared/util';

interface NewUser {
  name: string;
  email: string;
  role: CreatableRole;
}

const EMPTY: NewUser = { name: '', email: '', role: 'trainee' };

/** Creates a course leader or trainee account. */
@Component({
  selector: 'peer-create-user-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors],
  templateUrl: './create-user-form.html',
})
export class CreateUserForm {
  private readonly usersService = inject(UsersService);

  readonly created = output<CreateUserResponse>();

  protected readonly roles = CREATABLE_ROLES;
  private readonly model = signal<NewUser>({ ...EMPTY });
  protected readonly userForm = form(this.model, (path) => {
    required(path.name);
    maxLength(path.name, 120);
    required(path.email);
    email(path.email);
    maxLength(path.email, 254);
    required(path.role);
  });
  protected readonly feedback = signal<FormFeedback | null>(null);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.feedback.set(null);
    let response: CreateUserResponse | undefined;
    await submit(this.userForm, {
      action: async () => {
        const { name, email, role } = this.model();
        try {
          response = await this.usersService.create({ name: name.trim(), email: email.trim(), role });
          return undefined;
        } catch (error) {
          const apiError = toApiError(error);
          const mapped = mapFieldErrors(apiError.fieldErrors, {
            name: this.userForm.name,
            email: this.userForm.email,
            role: this.userForm.role,
          });
          this.feedback.set(formFeedback(apiError, mapped));
          return mapped.errors;
        }
      },
      onInvalid: () => this.feedback.set(CHECK_FIELDS),
    });
    if (response) {
      this.userForm().reset({ ...EMPTY });
      this.created.emit(response);
    } else {
      focusFirstInvalid(this.userForm);
    }
  }
}
