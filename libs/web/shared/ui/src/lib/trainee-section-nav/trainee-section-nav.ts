import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** The parts of a trainee's own training, each a page under `/training` that a feature owns. */
export const TRAINEE_SECTIONS = [
  { path: '/training', key: 'traineeSections.overview', exact: true },
  { path: '/training/schedule', key: 'traineeSections.schedule', exact: false },
  { path: '/training/practice', key: 'traineeSections.practice', exact: false },
  { path: '/training/certificates', key: 'traineeSections.certificates', exact: false },
  { path: '/training/supervision', key: 'traineeSections.supervision', exact: false },
  { path: '/training/my-data', key: 'traineeSections.myData', exact: false },
] as const;

/** Links between the parts of the trainee's training; the current one is marked for assistive technology too. */
@Component({
  selector: 'peer-trainee-section-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav class="section-nav" [attr.aria-label]="'traineeSections.nav' | translate">
      <ul>
        @for (section of sections; track section.path) {
          <li>
            <a
              [routerLink]="section.path"
              routerLinkActive="active"
              ariaCurrentWhenActive="page"
              [routerLinkActiveOptions]="{ exact: section.exact }"
              >{{ section.key | translate }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: var(--space-5);
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a {
      display: inline-block;
      padding: var(--space-1) var(--space-3);
      border: 1px solid var(--color-border-strong);
      border-radius: 999px;
      background: var(--color-surface);
      color: var(--color-primary-strong);
      text-decoration: none;
      white-space: nowrap;
    }
    a:hover {
      text-decoration: underline;
    }
    a.active {
      border-color: var(--color-primary);
      background: var(--color-primary);
      color: var(--color-on-primary);
      font-weight: 600;
    }
  `,
})
export class TraineeSectionNav {
  protected readonly sections = TRAINEE_SECTIONS;
}
