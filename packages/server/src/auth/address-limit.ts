/**
 * All login attempts from one address in a fixed one-minute window. The rate-limit plugin runs one limiter per
 * request, and that one is keyed by account and address; this is the wider limit per address alone, so one address
 * cannot spray a password over thousands of names. Memory is bounded: the table is cleared each window.
 */
export const addressLimiter = (maxPerWindow: number, windowMs = 60_000) => {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return (address: string, nowMs: number): boolean => {
    if (nowMs - windowStart >= windowMs) {
      windowStart = nowMs;
      counts = new Map();
    }
    const n = (counts.get(address) ?? 0) + 1;
    counts.set(address, n);
    return n <= maxPerWindow;
  };
};
