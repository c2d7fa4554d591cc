/** mulberry32: a tiny seeded generator, so every run benchmarks the same inputs. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** An integer in [min, max] from a generator. */
export const randomInt = (next: () => number, min: number, max: number): number =>
  min + Math.floor(next() * (max - min + 1));
