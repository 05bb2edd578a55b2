import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { TraineeSectionNav } from '@peer/web/shared/ui';
import { MyData } from '../my-data/my-data';
import { WhoViewed } from '../who-viewed/who-viewed';

/** `/training/my-data`: who among the staff has seen the trainee's data, the export and the erasure request. */
@Component({
  selector: 'peer-my-data-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TraineeSectionNav, WhoViewed, MyData],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ 'traineeSections.myData' | translate }}</h1>
      </div>

      <peer-trainee-section-nav />

      <peer-my-data />

      <peer-who-viewed />
    </div>
  `,
})
export class MyDataPage {}
