import { COUNTER_NAMES } from './counters.ts';
import { KPI_DEFINITIONS, KPI_IDS } from './definitions.ts';

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The KPI table of docs/KPIS.md, written from the definitions (a test keeps the file equal to it). */
export const kpiDocTable = (): string => {
  const head =
    '| KPI | 中文 | unit | formula (counters) | 公式 | reads | source |\n|---|---|---|---|---|---|---|';
  const rows = KPI_IDS.map((id) => {
    const d = KPI_DEFINITIONS[id];
    const counters = d.denominator ? `${d.numerator} ÷ ${d.denominator}` : d.numerator;
    return `| ${d.label.en} (\`${id}\`) | ${d.label.zh} | ${d.unit} | ${cell(d.formula.en)} (\`${counters}\`) | ${cell(d.formula.zh)} | ${cell(d.reads)} | ${cell(d.source)} |`;
  });
  return [
    head,
    ...rows,
    '',
    `Counters kept per branch, agent and Beijing day: ${COUNTER_NAMES.map((n) => `\`${n}\``).join(', ')}.`,
  ].join('\n');
};
