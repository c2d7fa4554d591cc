/**
 * One measured figure of a benchmark, always next to the baseline it is judged against, measured in the same run
 * on the same machine so the ratio means something even where absolute numbers do not.
 */
export type BenchResult = {
  name: string;
  /** e.g. 'ops/s'; higher is better for every unit the harness prints. */
  unit: string;
  value: number;
  baselineName: string;
  baselineValue: number;
  /** value / baselineValue. */
  ratio: number;
  /** Minimums the issue sets; `pass` says whether this run met all of them. */
  target?: { value?: number; ratio?: number };
  pass?: boolean;
};

/** What every bench/*.bench.ts default-exports. */
export type BenchModule = { default: () => Promise<BenchResult[]> };

export const judge = (r: Omit<BenchResult, 'ratio' | 'pass'>): BenchResult => {
  const ratio = r.value / r.baselineValue;
  const pass =
    r.target === undefined
      ? undefined
      : (r.target.value === undefined || r.value >= r.target.value) &&
        (r.target.ratio === undefined || ratio >= r.target.ratio);
  return { ...r, ratio, ...(pass === undefined ? {} : { pass }) };
};
