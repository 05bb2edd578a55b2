import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateOrganisationResponse } from '@peer/contract';
import { OneTimeSecret } from '@peer/web/shared/ui';

/** The organisation just created, with its administrator's temporary password: the only time it is ever shown. */
@Component({
  selector: 'peer-organisation-created',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, OneTimeSecret],
  template: `
    @let administrator = result().administrator;
    <section class="card card-highlight" aria-labelledby="organisation-created-heading">
      <h2 id="organisation-created-heading" tabindex="-1" #heading>{{ 'organisations.created.heading' | translate: { name: result().organisation.name } }}</h2>
      <p>{{ 'organisations.created.intro' | translate: { admin: administrator.name, email: administrator.email } }}</p>
      <peer-one-time-secret [label]="'organisations.created.password' | translate: { admin: administrator.name }" [value]="result().temporaryPassword" />
      <p class="warning-text">{{ 'organisations.created.onlyOnce' | translate }}</p>
      <button type="button" class="btn btn-secondary" (click)="dismissed.emit()">{{ 'common.done' | translate }}</button>
    </section>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: var(--space-5);
    }
  `,
})
export class OrganisationCreated {
  readonly result = input.required<CreateOrganisationResponse>();
  readonly dismissed = output<void>();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    // Bring keyboard and screen-reader users to the result.
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}
