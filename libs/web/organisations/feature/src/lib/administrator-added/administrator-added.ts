import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { AddAdministratorResponse } from '@peer/contract';
import { OneTimeSecret } from '@peer/web/shared/ui';

/** The administrator just added to an organisation, with her temporary password: the only time it is ever shown. */
@Component({
  selector: 'peer-administrator-added',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, OneTimeSecret],
  template: `
    @let administrator = result().administrator;
    <section class="card card-highlight" aria-labelledby="administrator-added-heading">
      <h3 id="administrator-added-heading" tabindex="-1" #heading>
        {{ 'organisations.addAdmin.added' | translate: { admin: administrator.name, name: organisationName() } }}
      </h3>
      <p>{{ 'organisations.created.intro' | translate: { admin: administrator.name, email: administrator.email } }}</p>
      <peer-one-time-secret [label]="'organisations.created.password' | translate: { admin: administrator.name }" [value]="result().temporaryPassword" />
      <p class="warning-text">{{ 'organisations.created.onlyOnce' | translate }}</p>
      <button type="button" class="btn btn-secondary" (click)="dismissed.emit()">{{ 'common.done' | translate }}</button>
    </section>
  `,
  styles: `
    :host {
      display: block;
      margin-top: var(--space-5);
    }
  `,
})
export class AdministratorAdded {
  readonly organisationName = input.required<string>();
  readonly result = input.required<AddAdministratorResponse>();
  readonly dismissed = output<void>();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    // Bring keyboard and screen-reader users to the result.
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}
