import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { TraineeSectionNav } from '@peer/web/shared/ui';
import { MySupervision } from '../my-supervision/my-supervision';

/** `/training/supervision`: the supervision sessions the trainee took part in, with their hours. */
@Component({
  selector: 'peer-trainee-supervision-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TraineeSectionNav, MySupervision],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ 'traineeSections.supervision' | translate }}</h1>
      </div>

      <peer-trainee-section-nav />

      <peer-my-supervision />
    </div>
  `,
})
export class TraineeSupervisionPage {}
