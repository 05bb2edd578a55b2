import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Course, RolePlayScenario } from '@peer/curriculum/model';
import { JumpLink } from '../jump-link/jump-link';
import { LOCALIZE } from '../localize/localize';

interface ScenarioItem {
  readonly scenario: RolePlayScenario;
  /** Numbers of the days it is practised on. */
  readonly days: readonly number[];
  readonly required: boolean;
}

/** The role-play scenarios of a course version, in the order the days practise them. */
@Component({
  selector: 'peer-role-play-scenarios',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LOCALIZE, JumpLink],
  templateUrl: './role-play-scenarios.html',
  styleUrl: './role-play-scenarios.css',
})
export class RolePlayScenarios {
  readonly course = input.required<Course>();
  readonly scenarios = input.required<readonly RolePlayScenario[]>();

  protected readonly items = computed<ScenarioItem[]>(() => {
    const { days, completion } = this.course();
    const required = new Set(completion.rolePlays);
    const firstDay = (item: ScenarioItem) => item.days[0] ?? Number.MAX_SAFE_INTEGER;
    return this.scenarios()
      .map((scenario) => ({
        scenario,
        days: days.filter((day) => day.rolePlays.includes(scenario.id)).map((day) => day.number),
        required: required.has(scenario.id),
      }))
      .sort((a, b) => firstDay(a) - firstDay(b));
  });
}
