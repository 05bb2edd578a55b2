import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { UserDto } from '@peer/contract';

@Component({
  selector: 'peer-users-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './users-table.html',
})
export class UsersTable {
  readonly users = input.required<readonly UserDto[]>();
}
