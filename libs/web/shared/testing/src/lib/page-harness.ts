import type { ComponentFixture } from '@angular/core/testing';
import { settle } from './settle';

/** The roles a test asks for, with the elements that have them without an explicit `role`. */
const IMPLICIT_ROLES: Record<string, string> = {
  button: 'button, input[type=button], input[type=submit], input[type=reset]',
  link: 'a[href]',
  textbox: 'textarea, input:not([type]), input[type=text], input[type=email], input[type=password], input[type=search], input[type=tel], input[type=url], input[type=number]',
  checkbox: 'input[type=checkbox]',
  radio: 'input[type=radio]',
  combobox: 'select',
  heading: 'h1, h2, h3, h4, h5, h6',
  row: 'tr',
  table: 'table',
  list: 'ul, ol',
  listitem: 'li',
  dialog: 'dialog',
  alert: '[aria-live=assertive]',
  status: 'output, [aria-live=polite]',
};

/** Text as a reader meets it: whitespace collapsed, ends trimmed. */
export function visibleText(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * The accessible name, as far as our templates give one: `aria-label`, `aria-labelledby`, a
 * `<label for>` or wrapping `<label>` of a field, else the element's own text.
 */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = element.getRootNode() as Document | ShadowRoot;
    return labelledBy
      .split(/\s+/)
      .map((id) => visibleText(root.getElementById?.(id) ?? element.ownerDocument.getElementById(id)))
      .join(' ')
      .trim();
  }
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
    const labels = [...(element.labels ?? [])];
    if (labels.length > 0) return labels.map(visibleText).join(' ');
    if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) return element.value.trim();
    return '';
  }
  return visibleText(element);
}

function matches(actual: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? actual === expected : expected.test(actual);
}

/** A rendered component as its user meets it: by role, name and text, with clicks and typing. */
export interface PageHarness {
  readonly element: HTMLElement;
  /** The text of the page, or of the first element the selector finds (`''` when none). */
  text(target?: string | Element | null): string;
  /** The texts of every element the selector finds. */
  texts(selector: string): string[];
  /** Every element of that role, optionally only those with that accessible name, within `within` (default: the page). */
  allByRole<T extends HTMLElement = HTMLElement>(role: string, name?: string | RegExp, within?: Element): T[];
  /** The first element of that role and name, or undefined. */
  queryByRole<T extends HTMLElement = HTMLElement>(role: string, name?: string | RegExp, within?: Element): T | undefined;
  /** The first element of that role and name; fails the test, naming what it looked for, when there is none. */
  getByRole<T extends HTMLElement = HTMLElement>(role: string, name?: string | RegExp, within?: Element): T;
  /** The first element, in page order, whose own text is (or matches) `text` and none of whose children's is. */
  queryByText<T extends HTMLElement = HTMLElement>(text: string | RegExp, within?: Element): T | undefined;
  /** Clicks a button by its name (or the element given), then lets the page settle. */
  click(target: string | RegExp | HTMLElement, within?: Element): Promise<void>;
  /** Types into a text field by its label (or the element given), as the user would, then lets the page settle. */
  type(target: string | RegExp | HTMLElement, value: string, within?: Element): Promise<void>;
  /** Picks an option of a select by its label (or the element given), then lets the page settle. */
  select(target: string | RegExp | HTMLElement, value: string, within?: Element): Promise<void>;
  /** Lets answers, promises and change detection catch up. */
  settle(): Promise<void>;
}

export function pageHarness(fixture: ComponentFixture<unknown>): PageHarness {
  const element = fixture.nativeElement as HTMLElement;

  const allByRole = <T extends HTMLElement>(role: string, name?: string | RegExp, within: Element = element): T[] => {
    const implicit = IMPLICIT_ROLES[role];
    const selector = implicit ? `[role="${role}"], ${implicit}` : `[role="${role}"]`;
    return [...within.querySelectorAll<T>(selector)].filter((candidate) => {
      const explicit = candidate.getAttribute('role');
      if (explicit && explicit !== role) return false;
      return name === undefined || matches(accessibleName(candidate), name);
    });
  };
  const getByRole = <T extends HTMLElement>(role: string, name?: string | RegExp, within?: Element): T => {
    const found = allByRole<T>(role, name, within)[0];
    if (!found) {
      const present = allByRole(role, undefined, within).map(accessibleName);
      throw new Error(`no ${role}${name === undefined ? '' : ` named ${String(name)}`} on the page; ${role}s present: ${JSON.stringify(present)}`);
    }
    return found;
  };
  const field = <T extends HTMLElement>(target: string | RegExp | HTMLElement, roles: string[], within?: Element): T => {
    if (target instanceof HTMLElement) return target as T;
    for (const role of roles) {
      const found = allByRole<T>(role, target, within)[0];
      if (found) return found;
    }
    return getByRole<T>(roles[0] ?? 'textbox', target, within);
  };

  return {
    element,
    text: (target) => visibleText(target === undefined ? element : typeof target === 'string' ? element.querySelector(target) : target),
    texts: (selector) => [...element.querySelectorAll(selector)].map(visibleText),
    allByRole,
    queryByRole: (role, name, within) => allByRole(role, name, within)[0],
    getByRole,
    queryByText: <T extends HTMLElement>(text: string | RegExp, within: Element = element) =>
      [...within.querySelectorAll<T>('*')].find(
        (candidate) => matches(visibleText(candidate), text) && ![...candidate.children].some((child) => matches(visibleText(child), text)),
      ),
    async click(target, within) {
      const button = target instanceof HTMLElement ? target : getByRole('button', target, within);
      button.click();
      await settle();
    },
    async type(target, value, within) {
      const input = field<HTMLInputElement | HTMLTextAreaElement>(target, ['textbox'], within);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
    },
    async select(target, value, within) {
      const select = field<HTMLSelectElement>(target, ['combobox'], within);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
    },
    settle: () => settle(),
  };
}
