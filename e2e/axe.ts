import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 A and AA rules (GB/T 37668-2019 measures public-facing systems against level AA). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

type AxeNode = { target: unknown[]; failureSummary?: string; html: string };
type AxeViolation = { id: string; impact: string | null; help: string; nodes: AxeNode[] };

const require = createRequire(import.meta.url);
let source: Promise<string> | undefined;
// axe-core's own browser bundle, read once per test file and injected into each page that is checked.
const axeSource = () => {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return source;
};

/** Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now; returns the violations (empty when clean). */
export const axeViolations = async (page: Page): Promise<AxeViolation[]> => {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the debugging protocol, which the console's Content Security Policy (script-src 'self') does
  // not govern; a <script> tag would be refused.
  if (!hasAxe) await page.evaluate(await axeSource());
  return page.evaluate(
    async (tags) => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
      const result = (await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      })) as { violations: AxeViolation[] };
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html })),
      }));
    },
    [...WCAG_AA_TAGS],
  );
};

/** One line per failing element: the rule, its impact, the element and axe's reason. */
export const describeViolations = (where: string, violations: AxeViolation[]): string =>
  violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${where}: ${v.id} (${v.impact}) ${v.help}\n  at ${n.target.join(' ')}\n  ${n.html.slice(0, 160)}\n  ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`,
      ),
    )
    .join('\n');

/** Fails with every violation listed when the page breaks any WCAG 2.1 A/AA rule axe-core checks. */
export const expectAccessible = async (page: Page, where: string): Promise<void> => {
  const violations = await axeViolations(page);
  if (violations.length > 0)
    throw new Error(`accessibility violations\n${describeViolations(where, violations)}`);
};
