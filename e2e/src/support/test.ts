/**
 * The `test` and `expect` every spec imports: Playwright's, plus an accessibility check
 * (axe, WCAG 2.0/2.1 A and AA) of every page a test reaches, in every browser context it
 * opens. A test fails on any violation, naming the rule, its impact, the elements and the page.
 *
 * When a page is scanned: just before the test's next action on it (a click, fill, goto,
 * reload, close …), and at the end of the test for the pages still open. The page's URL is
 * read at that moment, so Angular's in-app navigations (pushState) count like full loads. A test
 * acts on a page once it has checked that the page shows what it expects, so that is the moment
 * the page is whole; scanning on a timer after each navigation would race the test and read
 * half-drawn pages. Each page is scanned once per test: its key is its path (no query) and its
 * main heading, so a language switch or another person's home counts as a page of its own, while
 * further actions on the same view cost one heading read. Before a scan the page settles: no
 * request of its own in flight and no DOM change for a short moment. A page whose markup is
 * identical to one already scanned in the run is not scanned again.
 *
 * Pages the API serves outside Angular (verification, share and confirmation pages, the
 * readable data export) are pages like any other; non-HTML documents (JSON, PDF) are skipped.
 */
import AxeBuilder from '@axe-core/playwright';
import { createRequire } from 'node:module';
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page, type Request, type TestInfo } from '@playwright/test';

export { expect };
export type { Browser, BrowserContext, Locator, Page };

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The name of the per-test attachment the axe reporter sums up (see e2e/axe-reporter.mts). */
export const AXE_ATTACHMENT = 'axe-summary';

export interface AxeFinding {
  url: string;
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

const QUIET_MS = 40;
const SETTLE_LIMIT_MS = 3_000;

/**
 * axe-core as @axe-core/playwright itself loads it. The builder would evaluate its 650 kB in the
 * page twice on every scan; we put it into each document once and hand the builder a no-op
 * source, so a scan after an in-app navigation costs only the run itself.
 */
const AXE_SOURCE = (createRequire(require.resolve('@axe-core/playwright'))('axe-core') as { source: string }).source;
const ALREADY_INJECTED = 'void 0';

async function injectAxe(page: Page): Promise<void> {
  const needed = await page.evaluate(() => document.contentType === 'text/html' && typeof (window as { axe?: unknown }).axe === 'undefined');
  if (needed) await page.evaluate(AXE_SOURCE);
}

/**
 * Fingerprints of documents scanned in this worker. The same markup under the same styles gives
 * the same result, so a page identical to one already checked (the login page every test passes,
 * a home nothing has changed) is counted as reached but not scanned again.
 */
const checkedDocuments = new Set<string>();

interface Watched {
  inFlight: Set<Request>;
  /** axe going into the newest document, started when it loaded. */
  preload: Promise<unknown>;
}

/** One test's pages, what has been scanned and what was found. */
class AxeWatch {
  private readonly pages = new Map<Page, Watched>();
  private readonly scanned = new Set<string>();
  readonly findings: AxeFinding[] = [];
  readonly keys: string[] = [];
  /** Time the check added to the test, for the run's summary line: in all, settling, injecting axe, running it. */
  spentMs = 0;
  readonly parts = { settle: 0, inject: 0, run: 0 };
  /** Pages identical to one already scanned in this run. */
  repeats = 0;
  private busy = false;
  private finished = false;

  /** Pages of other origins (an organisation's identity provider) are not ours to check. */
  constructor(private readonly origin: string | undefined) {}

  watchContext(context: BrowserContext): void {
    for (const page of context.pages()) this.watchPage(page);
    context.on('page', (page) => this.watchPage(page));
  }

  private watchPage(page: Page): void {
    if (this.pages.has(page)) return;
    hookActions(page);
    const watched: Watched = { inFlight: new Set(), preload: Promise.resolve() };
    this.pages.set(page, watched);
    // axe goes into each HTML document as soon as it has loaded, while the test is still
    // waiting for the app, rather than in the scan the test would then wait for.
    page.on('load', () => {
      watched.preload = injectAxe(page).catch(() => undefined);
    });
    const ownRequest = (request: Request): boolean => ['document', 'fetch', 'xhr'].includes(request.resourceType());
    page.on('request', (request) => ownRequest(request) && watched.inFlight.add(request));
    page.on('requestfinished', (request) => watched.inFlight.delete(request));
    page.on('requestfailed', (request) => watched.inFlight.delete(request));
  }

  /** Called before every action on a page and at the end of the test. */
  async beforeAction(page: Page): Promise<void> {
    const watched = this.pages.get(page);
    if (!watched || this.busy || this.finished || page.isClosed()) return;
    this.busy = true;
    const started = Date.now();
    try {
      const quick = await this.keyOf(page);
      if (quick === undefined || this.scanned.has(quick)) return;
      const settling = Date.now();
      await this.settle(page, watched);
      this.parts.settle += Date.now() - settling;
      const key = await this.keyOf(page);
      if (key === undefined || this.scanned.has(key)) return;
      this.scanned.add(key);
      await this.scan(page, key);
    } finally {
      this.busy = false;
      this.spentMs += Date.now() - started;
    }
  }

  /** Path without query, plus the main heading; undefined for pages that are not ours to check. */
  private async keyOf(page: Page): Promise<string | undefined> {
    const url = new URL(page.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (this.origin && url.origin !== this.origin) return undefined;
    try {
      const heading = await page.evaluate(() =>
        document.contentType === 'text/html' ? (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
      );
      return heading === null ? undefined : `${url.pathname} — ${heading}`;
    } catch {
      // The document went away under us (a navigation the test started); its successor gets its turn.
      return undefined;
    }
  }

  private async settle(page: Page, watched: Watched): Promise<void> {
    const deadline = Date.now() + SETTLE_LIMIT_MS;
    while (watched.inFlight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await page
      .evaluate(
        ([quietMs, limitMs]) =>
          new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              clearTimeout(quiet);
              quiet = setTimeout(done, quietMs);
            });
            const limit = setTimeout(done, limitMs);
            let quiet = setTimeout(done, quietMs);
            function done(): void {
              observer.disconnect();
              clearTimeout(quiet);
              clearTimeout(limit);
              resolve();
            }
            observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          }),
        [QUIET_MS, Math.max(0, deadline - Date.now())],
      )
      .catch(() => undefined);
  }

  private async scan(page: Page, key: string): Promise<void> {
    const url = page.url();
    let results;
    try {
      const injecting = Date.now();
      await this.pages.get(page)?.preload;
      const { injected, fingerprint } = await page.evaluate(() => {
        const html = document.documentElement.outerHTML;
        let hash = 0x811c9dc5;
        for (let i = 0; i < html.length; i++) hash = Math.imul(hash ^ html.charCodeAt(i), 0x01000193);
        return { injected: typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function', fingerprint: `${html.length}:${hash >>> 0}` };
      });
      if (checkedDocuments.has(fingerprint)) {
        this.keys.push(key);
        this.repeats++;
        return;
      }
      if (!injected) await injectAxe(page);
      const running = Date.now();
      this.parts.inject += running - injecting;
      // Legacy mode runs axe.run inside the page itself. The default mode finishes every
      // scan in an extra blank page of the test's own context (slower, and another page for
      // the test to see); it is needed only for cross-origin iframes, which the product has none of.
      results = await new AxeBuilder({ page, axeSource: ALREADY_INJECTED })
        .withTags(AXE_TAGS)
        .options({ resultTypes: ['violations'], iframes: false })
        .setLegacyMode()
        .analyze();
      checkedDocuments.add(fingerprint);
      this.parts.run += Date.now() - running;
    } catch (error) {
      if (page.isClosed() || /Execution context was destroyed|Target .*closed|navigat/i.test(String(error))) {
        this.scanned.delete(key); // left mid-scan by a navigation; scanned when next reached
        return;
      }
      throw error;
    }
    this.keys.push(key);
    for (const violation of results.violations) {
      for (const node of violation.nodes) {
        this.findings.push({
          url,
          rule: violation.id,
          impact: node.impact ?? violation.impact ?? 'unknown',
          help: violation.help,
          helpUrl: violation.helpUrl,
          targets: node.target.map((target) => (Array.isArray(target) ? target.join(' >>> ') : String(target))),
        });
      }
    }
  }

  /** The pages still open at the end of a test that passed (a failed one has its own error to show). */
  async finish(testInfo: TestInfo): Promise<void> {
    if (this.finished) return;
    if (testInfo.status === testInfo.expectedStatus) for (const page of this.pages.keys()) if (!page.isClosed()) await this.beforeAction(page);
    this.finished = true;
  }

  /** One entry per rule and page, with every element it names. */
  report(): string {
    const groups = new Map<string, { finding: AxeFinding; targets: string[] }>();
    for (const finding of this.findings) {
      const key = `${finding.url} ${finding.rule} ${finding.impact}`;
      const group = groups.get(key) ?? { finding, targets: [] };
      group.targets.push(...finding.targets);
      groups.set(key, group);
    }
    const lines = [`axe (${AXE_TAGS.join(', ')}): ${this.findings.length} violation(s)`];
    for (const { finding, targets } of groups.values()) {
      lines.push(`  ${finding.rule} [${finding.impact}] ${finding.help} (${finding.helpUrl})`, `    page: ${finding.url}`);
      for (const target of targets) lines.push(`    - ${target}`);
    }
    return lines.join('\n');
  }
}

let current: AxeWatch | undefined;

/**
 * Hooks the client's action methods once per worker (on the first page seen): before the action,
 * the page it acts on is scanned if this test has not scanned that view yet. Patching the
 * prototypes (rather than handing specs a wrapped `page`) also covers pages from
 * `browser.newContext()`, popups and locators the specs pass around.
 */
const PATCHED = Symbol.for('peer.e2e.axe-patched');
const PAGE_ACTIONS = [
  'goto', 'reload', 'goBack', 'goForward', 'close', 'click', 'dblclick', 'tap', 'fill', 'press',
  'type', 'check', 'uncheck', 'setChecked', 'selectOption', 'setInputFiles', 'hover', 'focus',
  'dispatchEvent', 'dragAndDrop',
];
const LOCATOR_ACTIONS = [
  'click', 'dblclick', 'tap', 'fill', 'clear', 'press', 'pressSequentially', 'type', 'check',
  'uncheck', 'setChecked', 'selectOption', 'selectText', 'setInputFiles', 'hover', 'focus', 'blur',
  'dispatchEvent', 'dragTo',
];

function hook(prototype: Record<string, unknown>, methods: string[], pageOf: (self: unknown) => Page): void {
  if (prototype[PATCHED as unknown as string]) return;
  Object.defineProperty(prototype, PATCHED, { value: true });
  for (const name of methods) {
    const original = prototype[name];
    if (typeof original !== 'function') continue;
    prototype[name] = async function (this: unknown, ...args: unknown[]) {
      await current?.beforeAction(pageOf(this));
      try {
        return await original.apply(this, args);
      } catch (error) {
        // A failed action points at the spec line that called it, not at this hook.
        if (error instanceof Error && error.stack) error.stack = error.stack.split('\n').filter((line) => !line.includes(__filename)).join('\n');
        throw error;
      }
    };
  }
}

function hookActions(page: Page): void {
  hook(Object.getPrototypeOf(page), PAGE_ACTIONS, (self) => self as Page);
  hook(Object.getPrototypeOf(page.locator('body')), LOCATOR_ACTIONS, (self) => (self as Locator).page());
}

async function startWatch(browser: Browser, testInfo: TestInfo, use: (watch: AxeWatch) => Promise<void>): Promise<void> {
  const baseURL = testInfo.project.use.baseURL;
  const watch = new AxeWatch(baseURL ? new URL(baseURL).origin : undefined);
  current = watch;
  // Contexts the test opens itself (a second person, a visitor without an account).
  const newContext = browser.newContext;
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext.apply(browser, args);
    watch.watchContext(context);
    return context;
  };
  try {
    await use(watch);
  } finally {
    browser.newContext = newContext;
  }
  await watch.finish(testInfo);
  current = undefined;
  const summary = { pages: watch.keys, repeats: watch.repeats, violations: watch.findings.length, ms: watch.spentMs, parts: watch.parts };
  await testInfo.attach(AXE_ATTACHMENT, { body: JSON.stringify(summary), contentType: 'application/json' });
  if (watch.findings.length > 0) {
    await testInfo.attach('axe-violations', { body: JSON.stringify(watch.findings, null, 2), contentType: 'application/json' });
    throw new Error(watch.report());
  }
}

export const test = base.extend<{ axeWatch: AxeWatch }>({
  axeWatch: [async ({ browser }, use, testInfo) => startWatch(browser, testInfo, use), { auto: true }],
  context: async ({ context, axeWatch }, use, testInfo) => {
    axeWatch.watchContext(context);
    await use(context);
    // Before the context closes, scan what its pages show now.
    await axeWatch.finish(testInfo);
  },
});
