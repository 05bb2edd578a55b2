import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { email, form, FormField, maxLength, required } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreatableRole, CreateUserResponse } from '@peer/contract';
import { FieldErrors, FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';
import { CREATABLE_ROLES, UsersService } from '@peer/web/users/data-access';

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
  imports: [FormField, TranslatePipe, FieldErrors, TextField, FormMessageView],
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
  protected readonly message = signal<FormMessage | null>(null);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { name, email, role } = this.model();
    const sent = await submitWithApiErrors(this.userForm, {
      send: () => this.usersService.create({ name: name.trim(), email: email.trim(), role }),
      fields: { name: this.userForm.name, email: this.userForm.email, role: this.userForm.role },
      message: this.message,
    });
    if (sent) {
      this.userForm().reset({ ...EMPTY });
      this.created.emit(sent.value);
    }
  }
}
