import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateUserResponse, Role } from '@peer/contract';
import { ALL_ROLES, UsersService } from '@peer/web/users/data-access';
import { CreateUserForm } from '../create-user-form/create-user-form';
import { TemporaryPassword } from '../temporary-password/temporary-password';
import { UsersTable } from '../users-table/users-table';

/** Administrators list accounts and create course leaders and trainees. */
@Component({
  selector: 'peer-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CreateUserForm, TemporaryPassword, UsersTable],
  templateUrl: './users-page.html',
  styleUrl: './users-page.css',
})
export class UsersPage {
  private readonly usersService = inject(UsersService);

  protected readonly roles = ALL_ROLES;
  protected readonly roleFilter = signal<Role | null>(null);
  protected readonly users = resource({
    params: () => ({ role: this.roleFilter() ?? undefined }),
    loader: ({ params }) => this.usersService.list(params.role),
  });
  /** The account just created, with its temporary password; cleared when the admin is done. */
  protected readonly created = signal<CreateUserResponse | null>(null);

  protected onRoleChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.roleFilter.set(this.roles.find((role) => role === value) ?? null);
  }

  protected onCreated(response: CreateUserResponse): void {
    this.created.set(response);
    this.users.reload();
  }
}
