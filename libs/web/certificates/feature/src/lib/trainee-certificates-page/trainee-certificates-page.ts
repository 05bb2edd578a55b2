import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { TraineeSectionNav } from '@peer/web/shared/ui';
import { MyCertificates } from '../my-certificates/my-certificates';

/** `/training/certificates`: the trainee's certificates and the links they share them by. */
@Component({
  selector: 'peer-trainee-certificates-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TraineeSectionNav, MyCertificates],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ 'traineeSections.certificates' | translate }}</h1>
      </div>

      <peer-trainee-section-nav />

      <peer-my-certificates />
    </div>
  `,
})
export class TraineeCertificatesPage {}
