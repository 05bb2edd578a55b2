import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { FORMAT } from '@peer/web/shared/util';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { DATA_EXPORT_HTML, DATA_EXPORT_JSON, MyDataService } from './my-data.service';

/**
 * "My data": the trainee downloads everything held about her, reads it as a printable page,
 * and asks for it to be erased (with a confirm step) or takes the request back while it waits.
 */
@Component({
  selector: 'peer-my-data',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT],
  template: `
    <section class="my-data" aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">{{ 'myData.heading' | translate }}</h2>
      <div class="card">
        <p>{{ 'myData.intro' | translate }}</p>
        <div class="form-actions">
          <a class="btn btn-secondary" [href]="jsonUrl" download data-testid="data-export-json">{{ 'myData.downloadJson' | translate }}</a>
          <a class="btn btn-secondary" [href]="htmlUrl()" target="_blank" rel="noopener">{{ 'myData.openReadable' | translate }}</a>
        </div>

        <h3>{{ 'myData.erasure.heading' | translate }}</h3>
        <p class="alert alert-success" role="status" [class.visually-hidden]="!message()">
          @if (message(); as key) {
            {{ key | translate }}
          }
        </p>
        <div role="alert">
          @if (errorKey(); as key) {
            <p class="alert alert-error">{{ 'myData.erasure.failed' | translate }} {{ key | translate }}</p>
          }
        </div>
        <div [attr.aria-busy]="request.isLoading()">
          @if (request.error()) {
            <p class="muted">{{ 'myData.erasure.loadFailed' | translate }}</p>
          } @else if (request.hasValue()) {
            @if (request.value(); as pending) {
              <p>{{ 'myData.erasure.pending' | translate: { date: (pending.requestedAt | instant) } }}</p>
              <div class="form-actions">
                <button type="button" class="btn btn-secondary" [attr.aria-busy]="busy()" (click)="cancel()">{{ 'myData.erasure.cancel' | translate }}</button>
              </div>
            } @else if (confirming()) {
              <div class="card-highlight confirm">
                <p><strong>{{ 'myData.erasure.confirmHeading' | translate }}</strong></p>
                <p>{{ 'myData.erasure.confirmText' | translate }}</p>
                <div class="form-actions">
                  <button type="button" class="btn btn-primary" [attr.aria-busy]="busy()" (click)="ask()">{{ 'myData.erasure.confirm' | translate }}</button>
                  <button type="button" class="btn btn-ghost" (click)="confirming.set(false)">{{ 'common.cancel' | translate }}</button>
                </div>
              </div>
            } @else {
              <p>{{ 'myData.erasure.explanation' | translate }}</p>
              <div class="form-actions">
                <button type="button" class="btn btn-secondary" (click)="confirming.set(true)">{{ 'myData.erasure.request' | translate }}</button>
              </div>
            }
          }
        </div>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .confirm {
      padding: var(--space-4);
      border-radius: var(--radius-md);
    }
  `,
})
export class MyData {
  private readonly myData = inject(MyDataService);
  private readonly lang = inject(TranslateService).currentLang;

  protected readonly jsonUrl = DATA_EXPORT_JSON;
  protected readonly htmlUrl = computed(() => `${DATA_EXPORT_HTML}?lang=${this.lang() === 'en' ? 'en' : 'sv'}`);
  protected readonly request = resource({ loader: () => this.myData.erasureRequest() });
  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  protected ask(): Promise<void> {
    return this.run(async () => {
      await this.myData.requestErasure();
      this.message.set('myData.erasure.requested');
    });
  }

  protected cancel(): Promise<void> {
    return this.run(async () => {
      await this.myData.cancelErasure();
      this.message.set('myData.erasure.cancelled');
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    this.errorKey.set(null);
    try {
      await action();
      this.confirming.set(false);
    } catch (error) {
      this.errorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(false);
      this.request.reload();
    }
  }
}
