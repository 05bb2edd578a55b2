import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Summary {
  pages: string[];
  repeats: number;
  violations: number;
  ms: number;
  parts: Record<string, number>;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * One line at the end of the run: how many pages the accessibility check scanned (each test
 * attaches its own count, see src/support/test.ts) and how many violations it found.
 */
export default class AxeReporter implements Reporter {
  private pages = 0;
  private paths = new Set<string>();
  private violations = 0;
  private tests = 0;
  private ms = 0;
  private repeats = 0;
  private parts: Record<string, number> = {};

  onTestEnd(_test: TestCase, result: TestResult): void {
    const summary = result.attachments.find((attachment) => attachment.name === 'axe-summary')?.body;
    if (!summary) return;
    const { pages, repeats, violations, ms, parts } = JSON.parse(summary.toString('utf8')) as Summary;
    this.tests++;
    this.pages += pages.length;
    for (const page of pages) this.paths.add(page);
    this.violations += violations;
    this.ms += ms;
    this.repeats += repeats;
    for (const [part, partMs] of Object.entries(parts)) this.parts[part] = (this.parts[part] ?? 0) + partMs;
  }

  onEnd(): void {
    console.log(
      `axe: ${this.pages} pages checked (${this.paths.size} distinct; ${this.pages - this.repeats} scans,` +
        ` ${this.repeats} identical to one already scanned) in ${this.tests} tests,` +
        ` ${this.violations} violations, ${seconds(this.ms)} spent checking` +
        (this.tests > 0 ? ` (${Object.entries(this.parts).map(([part, ms]) => `${part} ${seconds(ms)}`).join(', ')})` : ''),
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}
