import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { StudyVisitRequirementDto } from '@peer/contract';
import { LOCALIZE } from '../localize/localize';

/** The study visits a course version defines, required or recommended. */
@Component({
  selector: 'peer-study-visit-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LOCALIZE],
  templateUrl: './study-visit-list.html',
  styleUrl: './study-visit-list.css',
})
export class StudyVisitList {
  readonly studyVisits = input.required<readonly StudyVisitRequirementDto[]>();
}
