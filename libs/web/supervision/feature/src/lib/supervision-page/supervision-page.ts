import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { SupervisionService } from '@peer/web/supervision/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { SupervisionGroupCard } from '../supervision-group/supervision-group';

/** A supervisor's groups (an administrator sees every group), each with its sessions and a session form. */
@Component({
  selector: 'peer-supervision-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, SupervisionGroupCard],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ 'supervision.heading' | translate }}</h1>
        <p class="lead">{{ 'supervision.intro' | translate }}</p>
      </div>
      <div [attr.aria-busy]="groups.isLoading()">
        @if (errorKey(); as key) {
          <div class="alert alert-error" role="alert">
            <p>{{ 'supervision.loadFailed' | translate }} {{ key | translate }}</p>
            <button type="button" class="btn btn-secondary" (click)="groups.reload()">{{ 'common.retry' | translate }}</button>
          </div>
        } @else if (groups.hasValue()) {
          @for (group of groups.value(); track group.id) {
            <peer-supervision-group [group]="group" />
          } @empty {
            <p class="card">{{ 'supervision.none' | translate }}</p>
          }
        } @else {
          <p class="muted" role="status">{{ 'common.loading' | translate }}</p>
        }
      </div>
    </div>
  `,
})
export class SupervisionPage {
  private readonly supervision = inject(SupervisionService);

  protected readonly groups = resource({ loader: () => this.supervision.groups() });
  protected readonly errorKey = computed(() => {
    const error = this.groups.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });
}
