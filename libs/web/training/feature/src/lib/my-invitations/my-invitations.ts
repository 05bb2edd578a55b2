import { ChangeDetectionStrategy, Component, inject, output, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MyInvitationDto } from '@peer/contract';
import { InvitationsService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { FORMAT } from '@peer/web/shared/util';

/** A trainee's invitations to cohorts, to accept or decline; shown only when there are any. */
@Component({
  selector: 'peer-my-invitations',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT],
  template: `
    <p class="alert alert-success" role="status" [class.visually-hidden]="!message()">
      @if (message(); as m) {
        {{ m.key | translate: m.params }}
      }
    </p>
    @if (invitations.error()) {
      <div class="alert alert-error" role="alert">
        <p>{{ 'myInvitations.loadFailed' | translate }}</p>
        <button type="button" class="btn btn-secondary" (click)="invitations.reload()">{{ 'common.retry' | translate }}</button>
      </div>
    } @else if (invitations.hasValue() && invitations.value().length > 0) {
      <section class="invitations" aria-labelledby="my-invitations-heading">
        <h2 id="my-invitations-heading">{{ 'myInvitations.heading' | translate }}</h2>
        <p>{{ 'myInvitations.intro' | translate }}</p>
        <div role="alert">
          @if (errorKey(); as key) {
            <p class="alert alert-error">{{ key | translate }}</p>
          }
        </div>
        <ul class="invitation-list">
          @for (invitation of invitations.value(); track invitation.id) {
            <li class="card card-highlight">
              <h3>{{ 'myInvitations.cohort' | translate: { cohort: invitation.cohortName, course: (invitation.courseTitle | text) } }}</h3>
              @if (invitation.invitedBy) {
                <p>{{ 'myInvitations.invitedBy' | translate: { name: invitation.invitedBy } }}</p>
              }
              @for (prerequisite of invitation.prerequisites; track prerequisite.courseId) {
                <p class="prerequisite" [class.alert]="!prerequisite.held" [class.alert-info]="!prerequisite.held">
                  {{ (prerequisite.held ? 'myInvitations.prerequisiteHeld' : 'myInvitations.prerequisiteMissing') | translate: { course: (prerequisite.title | text) } }}
                </p>
              }
              <p class="muted">{{ 'myInvitations.expires' | translate: { date: (invitation.expiresAt | instant) } }}</p>
              <div class="form-actions">
                <button type="button" class="btn btn-primary" [attr.aria-busy]="busy() === invitation.id" (click)="answer(invitation, 'accept')">
                  {{ 'myInvitations.accept' | translate }}<span class="visually-hidden"> {{ invitation.cohortName }}</span>
                </button>
                <button type="button" class="btn btn-secondary" [attr.aria-busy]="busy() === invitation.id" (click)="answer(invitation, 'decline')">
                  {{ 'myInvitations.decline' | translate }}<span class="visually-hidden"> {{ invitation.cohortName }}</span>
                </button>
              </div>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .invitation-list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--space-3);
    }
    .invitation-list h3 {
      font-size: var(--font-size-lg);
      margin-top: 0;
    }
  `,
})
export class MyInvitations {
  private readonly service = inject(InvitationsService);

  /** An invitation was accepted: the page reloads the trainee's cohorts. */
  readonly changed = output<void>();

  protected readonly invitations = resource({ loader: () => this.service.mine() });
  protected readonly busy = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly message = signal<{ key: string; params: Record<string, string> } | null>(null);

  protected async answer(invitation: MyInvitationDto, answer: 'accept' | 'decline'): Promise<void> {
    this.busy.set(invitation.id);
    this.errorKey.set(null);
    try {
      await (answer === 'accept' ? this.service.accept(invitation.id) : this.service.decline(invitation.id));
      this.message.set({ key: answer === 'accept' ? 'myInvitations.accepted' : 'myInvitations.declined', params: { cohort: invitation.cohortName } });
      this.invitations.reload();
      if (answer === 'accept') this.changed.emit();
    } catch (error) {
      this.errorKey.set(errorMessageKey(toApiError(error)));
      this.invitations.reload();
    } finally {
      this.busy.set(null);
    }
  }
}
