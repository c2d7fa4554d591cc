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
  const hasAxe = await page.evaluate<boolean>(`'axe' in window`);
  // Evaluated through the debugging protocol, which the console's Content Security Policy (script-src 'self') does
  // not govern; a <script> tag would be refused.
  if (!hasAxe) await page.evaluate(await axeSource());
  // In the page: axe.run over the whole document, the WCAG A/AA tags only (a string: typed without the DOM library).
  return page.evaluate<AxeViolation[]>(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_AA_TAGS)} },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html })),
    }));
  })()`);
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

/**
 * What axe files under best practice rather than WCAG, but the console promises on every page: exactly one h1
 * (the desk's name) and one main landmark, so a screen reader can jump to the content.
 */
const structureProblems = async (page: Page, where: string): Promise<string[]> => {
  // A string is evaluated in the page (this file is typed without the DOM library).
  const [h1, main] = await page.evaluate<[number, number]>(
    `[document.querySelectorAll('h1').length, document.querySelectorAll('main, [role="main"]').length]`,
  );
  return [
    ...(h1 === 1 ? [] : [`${where}: ${h1} h1 headings (one expected)`]),
    ...(main === 1 ? [] : [`${where}: ${main} main landmarks (one expected)`]),
  ];
};

/**
 * Fails with every violation listed when the page breaks any WCAG 2.1 A/AA rule axe-core checks, or lacks its one
 * h1 and main landmark. Any browser test may call it on the screen it has open.
 */
export const expectAccessible = async (page: Page, where: string): Promise<void> => {
  const violations = await axeViolations(page);
  const problems = [
    ...(violations.length > 0 ? [describeViolations(where, violations)] : []),
    ...(await structureProblems(page, where)),
  ];
  if (problems.length > 0) throw new Error(`accessibility violations\n${problems.join('\n')}`);
};

/**
 * Waits until the screen is at rest: no spinner or active skeleton, and no finite animation running (antd's motion
 * fades text in, which axe would measure half-transparent). Infinite ones (a spinner's turn) never end: ignored.
 */
export const settled = (page: Page): Promise<unknown> =>
  // A function, not a string: the console's Content Security Policy refuses eval in the page.
  page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: PageDocument }).document;
    return (
      doc.querySelector('.ant-spin-spinning, .ant-skeleton-active') === null &&
      doc
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)
    );
  });

/** The little of the DOM `settled` reads (this file is typed without the DOM library). */
type PageDocument = {
  querySelector: (selector: string) => unknown;
  getAnimations: () => {
    playState: string;
    effect: { getComputedTiming: () => { iterations?: number } } | null;
  }[];
};
