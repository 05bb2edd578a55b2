import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { AdminErasureRequestDto } from '@peer/contract';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { ErasureRequestsService } from './erasure-requests.service';

/** Pending erasure requests; carrying one out takes two steps, the second naming the person. */
@Component({
  selector: 'peer-erasure-requests-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ 'erasureRequests.heading' | translate }}</h1>
        <p class="lead">{{ 'erasureRequests.intro' | translate }}</p>
      </div>

      <p class="alert alert-success" role="status" [class.visually-hidden]="!done()">
        @if (done(); as pseudonym) {
          {{ 'erasureRequests.done' | translate: { pseudonym } }}
        }
      </p>
      <div role="alert">
        @if (errorKey(); as key) {
          <p class="alert alert-error">{{ 'erasureRequests.failed' | translate }} {{ key | translate }}</p>
        }
      </div>

      <section class="card" aria-labelledby="erasure-list-heading">
        <h2 id="erasure-list-heading">{{ 'erasureRequests.pending' | translate }}</h2>
        <div [attr.aria-busy]="requests.isLoading()">
          @if (requests.error()) {
            <div class="alert alert-error">
              <p>{{ 'erasureRequests.loadFailed' | translate }}</p>
              <button type="button" class="btn btn-secondary" (click)="requests.reload()">{{ 'common.retry' | translate }}</button>
            </div>
          } @else if (requests.hasValue()) {
            @if (requests.value().length === 0) {
              <p class="muted">{{ 'erasureRequests.none' | translate }}</p>
            } @else {
              <table class="table table-stack">
                <thead>
                  <tr>
                    <th scope="col">{{ 'erasureRequests.name' | translate }}</th>
                    <th scope="col">{{ 'erasureRequests.email' | translate }}</th>
                    <th scope="col">{{ 'erasureRequests.requestedAt' | translate }}</th>
                    <th scope="col"><span class="visually-hidden">{{ 'erasureRequests.actions' | translate }}</span></th>
                  </tr>
                </thead>
                <tbody>
                  @for (request of requests.value(); track request.id) {
                    <tr>
                      <th scope="row" [attr.data-label]="'erasureRequests.name' | translate">{{ request.name }}</th>
                      <td class="cell-break" [attr.data-label]="'erasureRequests.email' | translate">{{ request.email }}</td>
                      <td [attr.data-label]="'erasureRequests.requestedAt' | translate">{{ request.requestedAt.slice(0, 10) }}</td>
                      <td>
                        @if (selected()?.id === request.id) {
                          <div class="confirm">
                            <p>{{ 'erasureRequests.confirmText' | translate: { name: request.name } }}</p>
                            <button type="button" class="btn btn-primary" [attr.aria-busy]="busy()" (click)="confirm(request)">
                              {{ 'erasureRequests.confirm' | translate: { name: request.name } }}
                            </button>
                            <button type="button" class="btn btn-ghost" (click)="selected.set(null)">{{ 'common.cancel' | translate }}</button>
                          </div>
                        } @else {
                          <button type="button" class="btn btn-secondary" (click)="select(request)">
                            {{ 'erasureRequests.erase' | translate }}<span class="visually-hidden">: {{ request.name }}</span>
                          </button>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            }
          } @else {
            <p class="muted" role="status">{{ 'common.loading' | translate }}</p>
          }
        </div>
      </section>
    </div>
  `,
  styles: `
    .confirm {
      display: grid;
      gap: var(--space-2);
      justify-items: start;
    }
  `,
})
export class ErasureRequestsPage {
  private readonly erasures = inject(ErasureRequestsService);

  protected readonly requests = resource({ loader: () => this.erasures.pending() });
  /** The request the administrator chose to erase: the first step. */
  protected readonly selected = signal<AdminErasureRequestDto | null>(null);
  protected readonly busy = signal(false);
  /** The pseudonym of the person just erased. */
  protected readonly done = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  protected select(request: AdminErasureRequestDto): void {
    this.done.set(null);
    this.errorKey.set(null);
    this.selected.set(request);
  }

  protected async confirm(request: AdminErasureRequestDto): Promise<void> {
    if (this.busy() || this.selected()?.id !== request.id) return;
    this.busy.set(true);
    this.errorKey.set(null);
    try {
      const result = await this.erasures.confirm(request.id);
      this.done.set(result.pseudonym);
      this.selected.set(null);
    } catch (error) {
      this.errorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(false);
      this.requests.reload();
    }
  }
}
