import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="narrow-page">
      <h1>{{ 'notFound.heading' | translate }}</h1>
      <p class="lead">{{ 'notFound.text' | translate }}</p>
      <a class="btn btn-primary" routerLink="/">{{ 'notFound.home' | translate }}</a>
    </div>
  `,
})
export class NotFoundPage {}
