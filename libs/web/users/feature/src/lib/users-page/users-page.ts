import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateUserResponse, OrganisationRole, UserDto } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { ALL_ROLES, UsersService } from '@peer/web/users/data-access';
import { CreateUserForm } from '../create-user-form/create-user-form';
import { TemporaryPassword } from '../temporary-password/temporary-password';
import type { PersonalIdentityChange } from '../user-actions/user-actions';
import { UsersTable } from '../users-table/users-table';

/** Administrators list accounts, create course leaders and trainees, and administer the other accounts. */
@Component({
  selector: 'peer-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CreateUserForm, TemporaryPassword, UsersTable],
  templateUrl: './users-page.html',
  styleUrl: './users-page.css',
})
export class UsersPage {
  private readonly usersService = inject(UsersService);
  private readonly auth = inject(AuthService);
  protected readonly currentUserId = computed(() => this.auth.user()?.id ?? null);

  protected readonly roles = ALL_ROLES;
  protected readonly roleFilter = signal<OrganisationRole | null>(null);
  protected readonly users = resource({
    params: () => ({ role: this.roleFilter() ?? undefined }),
    loader: ({ params }) => this.usersService.list(params.role),
  });
  /** The account just created or reset, with its temporary password; cleared when the admin is done. */
  protected readonly created = signal<CreateUserResponse | null>(null);
  protected readonly temporaryKind = signal<'created' | 'reset'>('created');
  /** Announces the last change made in the list: a translation key and whose account it was. */
  protected readonly saved = signal<{ key: string; user: UserDto } | null>(null);

  protected onRoleChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.roleFilter.set(this.roles.find((role) => role === value) ?? null);
  }

  protected onCreated(response: CreateUserResponse): void {
    this.temporaryKind.set('created');
    this.created.set(response);
    this.users.reload();
  }

  protected onChanged(user: UserDto): void {
    this.saved.set({ key: 'users.actions.saved', user });
    this.users.reload();
  }

  /** The API answers without the account: the row is changed here, the number itself is never kept. */
  protected onPersonalIdentityChanged({ user, change }: PersonalIdentityChange): void {
    this.saved.set({ key: `users.personalIdentity.${change}`, user });
    this.users.update((users) => users?.map((u) => (u.id === user.id ? { ...u, personalIdentity: user.personalIdentity } : u)));
  }

  protected onPasswordReset(response: CreateUserResponse): void {
    this.saved.set(null);
    this.temporaryKind.set('reset');
    this.created.set(response);
    this.users.reload();
  }
}
