import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateUserResponse, UserDto } from '@peer/contract';
import { type PersonalIdentityChange, UserActions } from '../user-actions/user-actions';

@Component({
  selector: 'peer-users-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, UserActions],
  templateUrl: './users-table.html',
  styles: `
    .status {
      display: grid;
      justify-items: start;
      gap: var(--space-1);
    }

    .status-note {
      font-size: var(--font-size-sm);
      color: var(--color-text-muted);
    }
  `,
})
export class UsersTable {
  readonly users = input.required<readonly UserDto[]>();
  /** The signed-in administrator: her own row has no actions (she uses the account page). */
  readonly currentUserId = input<string | null>(null);
  readonly changed = output<UserDto>();
  readonly passwordReset = output<CreateUserResponse>();
  readonly personalIdentityChanged = output<PersonalIdentityChange>();
}
