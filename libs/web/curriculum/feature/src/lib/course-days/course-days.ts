import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { dayMinutes, type Course, type CourseDay, type RolePlayScenario, type Text } from '@peer/curriculum/model';
import { JumpLink } from '../jump-link/jump-link';
import { LOCALIZE } from '../localize/localize';

/**
 * The course days as a list; each day's heading is a disclosure button (the accordion
 * pattern) that shows its themes, learning outcomes, sessions, role-plays and exercises.
 */
@Component({
  selector: 'peer-course-days',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LOCALIZE, JumpLink],
  templateUrl: './course-days.html',
  styleUrl: './course-days.css',
})
export class CourseDays {
  readonly course = input.required<Course>();
  readonly scenarios = input.required<readonly RolePlayScenario[]>();

  /** Numbers of the expanded days. */
  protected readonly expanded = signal<ReadonlySet<number>>(new Set());
  protected readonly allExpanded = computed(() => this.course().days.every((day) => this.expanded().has(day.number)));

  private readonly themeTitles = computed(() => new Map(this.course().themes.map((theme) => [theme.id, theme.title])));
  private readonly scenarioTitles = computed(() => new Map(this.scenarios().map((scenario) => [scenario.id, scenario.title])));

  protected readonly dayMinutes = dayMinutes;

  protected themeTitle(id: string): Text {
    return this.themeTitles().get(id) ?? { sv: id, en: id };
  }

  protected scenarioTitle(id: string): Text {
    return this.scenarioTitles().get(id) ?? { sv: id, en: id };
  }

  protected toggle(day: CourseDay): void {
    this.setExpanded(day, !this.expanded().has(day.number));
  }

  /** Opens a day, e.g. when find-in-page found text in it (`hidden="until-found"`). */
  protected setExpanded(day: CourseDay, open: boolean): void {
    const next = new Set(this.expanded());
    if (open) next.add(day.number);
    else next.delete(day.number);
    this.expanded.set(next);
  }

  protected toggleAll(): void {
    this.expanded.set(this.allExpanded() ? new Set() : new Set(this.course().days.map((day) => day.number)));
  }
}
