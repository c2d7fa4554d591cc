/** Kept alive so the engine cannot drop the measured calls as dead code. */
let sink = 0;

export type MeasureOptions = { warmupMs?: number; durationMs?: number; batch?: number };

/**
 * Operations per second of `op(i)` for i = 0, 1, 2, …: first a warm-up so the JIT has optimised the code, then
 * timed batches until `durationMs` has passed. The clock is read once per batch, not per call, so the timer's own
 * cost stays out of fast operations.
 */
export const opsPerSecond = (op: (i: number) => unknown, options: MeasureOptions = {}): number => {
  const { warmupMs = 300, durationMs = 1_000, batch = 1_000 } = options;
  let i = 0;
  const warmEnd = performance.now() + warmupMs;
  while (performance.now() < warmEnd) {
    for (let k = 0; k < batch; k++) if (op(i++) === sink) sink++;
  }
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < durationMs) {
    for (let k = 0; k < batch; k++) if (op(i++) === sink) sink++;
    count += batch;
    now = performance.now();
  }
  return (count * 1_000) / (now - start);
};
