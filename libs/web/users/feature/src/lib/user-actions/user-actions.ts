import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, output, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateUserResponse, OrganisationRole, UserDto } from '@peer/contract';
import { ALL_ROLES, UsersService, userErrorKeys } from '@peer/web/users/data-access';
import { toApiError } from '@peer/web/shared/util';

type Step = 'idle' | 'deactivate' | 'reactivate' | 'reset' | 'role';

/**
 * An administrator's actions on another person's account: deactivate or reactivate it, reset
 * its password, change its role. Each asks for confirmation first; a refusal is worded by its code.
 */
@Component({
  selector: 'peer-user-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './user-actions.html',
  styleUrl: './user-actions.css',
})
export class UserActions {
  private readonly usersService = inject(UsersService);
  private readonly injector = inject(Injector);

  readonly user = input.required<UserDto>();
  /** The account after a change, for the list to show. */
  readonly changed = output<UserDto>();
  /** The new temporary password, to be shown once. */
  readonly passwordReset = output<CreateUserResponse>();

  protected readonly roles = ALL_ROLES;
  protected readonly step = signal<Step>('idle');
  protected readonly newRole = signal<OrganisationRole>('course_leader');
  protected readonly busy = signal(false);
  protected readonly errorKeys = signal<string[]>([]);

  private readonly confirmButton = viewChild<ElementRef<HTMLButtonElement>>('confirmButton');
  private readonly roleSelect = viewChild<ElementRef<HTMLSelectElement>>('roleSelect');
  private readonly firstAction = viewChild<ElementRef<HTMLButtonElement>>('firstAction');

  protected start(step: Exclude<Step, 'idle'>): void {
    this.errorKeys.set([]);
    if (step === 'role') this.newRole.set(this.roles.find((role) => role !== this.user().role) ?? this.roles[0]);
    this.step.set(step);
    // Bring keyboard and screen-reader users to the question.
    afterNextRender(() => (this.roleSelect() ?? this.confirmButton())?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.step.set('idle');
    this.errorKeys.set([]);
    afterNextRender(() => this.firstAction()?.nativeElement.focus(), { injector: this.injector });
  }

  protected onRoleChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const role = this.roles.find((r) => r === value);
    if (role) this.newRole.set(role);
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    const user = this.user();
    const step = this.step();
    this.busy.set(true);
    this.errorKeys.set([]);
    try {
      if (step === 'deactivate') this.changed.emit(await this.usersService.deactivate(user.id));
      else if (step === 'reactivate') this.changed.emit(await this.usersService.reactivate(user.id));
      else if (step === 'role') this.changed.emit(await this.usersService.changeRole(user.id, this.newRole()));
      else if (step === 'reset') {
        const { temporaryPassword } = await this.usersService.resetPassword(user.id);
        this.passwordReset.emit({ user: { ...user, mustChangePassword: true }, temporaryPassword });
      }
      this.step.set('idle');
    } catch (error) {
      this.errorKeys.set(userErrorKeys(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
