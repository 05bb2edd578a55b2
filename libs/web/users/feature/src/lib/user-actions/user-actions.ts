import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, output, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateUserResponse, OrganisationRole, UserDto } from '@peer/contract';
import { ALL_ROLES, UsersService, userErrorKeys } from '@peer/web/users/data-access';
import { toApiError } from '@peer/web/shared/util';
import { PersonalIdentityForm } from '../personal-identity-form/personal-identity-form';

type Step = 'idle' | 'deactivate' | 'reactivate' | 'reset' | 'role' | 'personalIdentity';

/** A change of the personal identity number an account links her sign-in by. */
export interface PersonalIdentityChange {
  readonly user: UserDto;
  readonly change: 'saved' | 'removed';
}

/**
 * An administrator's actions on another person's account: deactivate or reactivate it, reset
 * its password, change its role, give or remove the personal identity number her sign-in through
 * the organisation links by. Each asks for confirmation (or the number) first; a refusal is worded by its code.
 */
@Component({
  selector: 'peer-user-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PersonalIdentityForm],
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
  /** The personal identity number was given or removed (it is never shown). */
  readonly personalIdentityChanged = output<PersonalIdentityChange>();

  protected readonly roles = ALL_ROLES;
  protected readonly step = signal<Step>('idle');
  protected readonly newRole = signal<OrganisationRole>('course_leader');
  protected readonly busy = signal(false);
  protected readonly errorKeys = signal<string[]>([]);

  private readonly confirmButton = viewChild<ElementRef<HTMLButtonElement>>('confirmButton');
  private readonly roleSelect = viewChild<ElementRef<HTMLSelectElement>>('roleSelect');
  private readonly firstAction = viewChild<ElementRef<HTMLButtonElement>>('firstAction');
  private readonly personalIdentityAction = viewChild<ElementRef<HTMLButtonElement>>('personalIdentityAction');

  protected start(step: Exclude<Step, 'idle'>): void {
    this.errorKeys.set([]);
    if (step === 'role') this.newRole.set(this.roles.find((role) => role !== this.user().role) ?? this.roles[0]);
    this.step.set(step);
    // The form brings focus to its field itself.
    if (step === 'personalIdentity') return;
    // Bring keyboard and screen-reader users to the question.
    afterNextRender(() => (this.roleSelect() ?? this.confirmButton())?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    const back = this.step() === 'personalIdentity' ? this.personalIdentityAction : this.firstAction;
    this.step.set('idle');
    this.errorKeys.set([]);
    afterNextRender(() => back()?.nativeElement.focus(), { injector: this.injector });
  }

  protected onPersonalIdentity(user: UserDto, change: PersonalIdentityChange['change']): void {
    this.step.set('idle');
    this.personalIdentityChanged.emit({ user, change });
    afterNextRender(() => this.personalIdentityAction()?.nativeElement.focus(), { injector: this.injector });
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
