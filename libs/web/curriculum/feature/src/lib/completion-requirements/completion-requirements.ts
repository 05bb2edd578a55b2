import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Course, RolePlayScenario, Text } from '@peer/curriculum/model';
import { injectContentLanguage } from '@peer/web/curriculum/data-access';
import { JumpLink } from '../jump-link/jump-link';
import { joinList, LOCALIZE, pluralCategory } from '../localize/localize';

/** What a trainee must do to pass, in words: attendance, role-plays, study visits. */
@Component({
  selector: 'peer-completion-requirements',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LOCALIZE, JumpLink],
  templateUrl: './completion-requirements.html',
  styleUrl: './completion-requirements.css',
})
export class CompletionRequirements {
  private readonly translate = inject(TranslateService);
  private readonly language = injectContentLanguage();

  readonly course = input.required<Course>();
  readonly scenarios = input.required<readonly RolePlayScenario[]>();

  protected readonly attendance = computed(() => this.course().completion.attendance);

  protected readonly allDaysKey = computed(
    () => `curriculum.completion.attendance.allDays.${pluralCategory(this.course().dayCount, this.language())}`,
  );

  /** Absent days may be made up only when some number and some method are allowed. */
  protected readonly canMakeUp = computed(() => this.attendance().maxMadeUpAbsences > 0 && this.attendance().makeUpMethods.length > 0);

  protected readonly makeUpKey = computed(
    () => `curriculum.completion.attendance.makeUp.${pluralCategory(this.attendance().maxMadeUpAbsences, this.language())}`,
  );

  /** "by attending … or by a compensatory assignment …", in the UI language. */
  protected readonly makeUpMethods = computed(() => {
    const phrases = this.attendance().makeUpMethods.map((method) =>
      String(this.translate.instant(`curriculum.completion.attendance.methods.${method}`)),
    );
    return joinList(phrases, this.language(), 'disjunction');
  });

  protected readonly assignmentGuidance = computed(() => {
    const { makeUpMethods, assignmentGuidance } = this.attendance();
    return this.canMakeUp() && makeUpMethods.includes('assignment') ? assignmentGuidance : undefined;
  });

  protected readonly rolePlays = computed(() => {
    const titles = new Map(this.scenarios().map((scenario) => [scenario.id, scenario.title]));
    return this.course().completion.rolePlays.map((id) => ({ id, title: titles.get(id) ?? fallback(id) }));
  });

  protected readonly studyVisits = computed(() => {
    const visits = new Map(this.course().studyVisits.map((visit) => [visit.id, visit]));
    return this.course().completion.studyVisits.map((id) => ({ id, title: visits.get(id)?.title ?? fallback(id) }));
  });
}

function fallback(id: string): Text {
  return { sv: id, en: id };
}
