import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, platform } from 'node:os';
import type { BenchModule, BenchResult } from './lib/types.ts';

/*
 * `npm run bench [-- <filter>]`: runs every bench/*.bench.ts (or those whose file name contains the filter) one
 * after another in this process, prints one table, writes bench/results/latest.json (git-ignored) and exits
 * non-zero when a result misses its target, so a regression is visible wherever the command runs.
 */

const here = new URL('.', import.meta.url);
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

const rows: (BenchResult & { file: string })[] = [];
for (const file of files) {
  const mod = (await import(new URL(file, here).href)) as Partial<BenchModule>;
  if (typeof mod.default !== 'function') throw new Error(`${file} must default-export async function run()`);
  process.stdout.write(`running ${file} …\n`);
  for (const r of await mod.default()) rows.push({ file, ...r });
}

const num = (n: number): string =>
  n >= 100
    ? Math.round(n).toLocaleString('en-US')
    : n.toLocaleString('en-US', { maximumSignificantDigits: 3 });
const table = [
  ['benchmark', 'value', 'baseline', 'baseline value', 'ratio', 'target', 'pass'],
  ...rows.map((r) => [
    r.name,
    `${num(r.value)} ${r.unit}`,
    r.baselineName,
    `${num(r.baselineValue)} ${r.unit}`,
    `${num(r.ratio)}×`,
    r.target
      ? [r.target.value && `≥ ${num(r.target.value)}`, r.target.ratio && `≥ ${r.target.ratio}×`]
          .filter(Boolean)
          .join(', ')
      : '',
    r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  ]),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
for (const [i, row] of table.entries()) {
  process.stdout.write(`${row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')}\n`);
  if (i === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
}

const results = new URL('results/', here);
mkdirSync(results, { recursive: true });
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  platform: platform(),
  node: process.version,
};
writeFileSync(
  new URL('latest.json', results),
  `${JSON.stringify({ date: new Date().toISOString(), machine, results: rows }, null, 2)}\n`,
);
if (rows.some((r) => r.pass === false)) process.exitCode = 1;
