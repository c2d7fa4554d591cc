/**
 * The one special function Erlang A needs, written here instead of taken from npm: the only candidates are whole
 * statistics libraries (jStat, mathjs, @stdlib) that would add hundreds of kilobytes to a domain package for about
 * sixty lines, and none computes the scaled form below, which is what keeps Erlang A finite when patience is long.
 *
 * A(x, z) = x·e^z·z^{−x}·γ(x, z) = 1 + Σ_{j≥1} z^j / ((x+1)(x+2)…(x+j))   (γ the lower incomplete gamma function)
 *
 * is the sum of the queue's stationary weights in Mandelbaum & Zeltyn's notes on the Palm/Erlang-A queue. It is
 * returned as logarithms, because with a long patience and an overloaded queue it exceeds any double.
 */

/** ln Γ(x) for x > 0: Lanczos (g = 7, 9 terms; ~15 significant digits), shifted up below 0.5. */
export const lnGamma = (x: number): number => {
  if (!(x > 0)) throw new RangeError('lnGamma needs x > 0');
  if (x < 0.5) return lnGamma(x + 1) - Math.log(x);
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const y = x - 1;
  let a = c[0]!;
  const t = y + g + 0.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
};

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_TERMS = 10_000_000;

/** ln A(x, z) and ln(A(x, z) − 1); the second is −Infinity when z = 0. */
export type LogPalmSum = { logA: number; logAMinus1: number };

/**
 * Below z = x + 1 the terms fall from the first one on, so the series is summed directly (exact, no Γ needed).
 * Above it the terms first grow, so the upper incomplete gamma is taken from its continued fraction (modified
 * Lentz; Numerical Recipes §6.2) and subtracted from the complete one, all in logarithms.
 */
export const logPalmSum = (x: number, z: number): LogPalmSum => {
  if (!(x > 0) || !(z >= 0)) throw new RangeError('logPalmSum needs x > 0 and z ≥ 0');
  if (z < x + 1) {
    let term = 1;
    let rest = 0;
    for (let j = 1; j < MAX_TERMS; j++) {
      term *= z / (x + j);
      rest += term;
      if (term <= EPS * rest || term === 0) break;
    }
    return { logA: Math.log1p(rest), logAMinus1: Math.log(rest) };
  }
  // Γ(x, z)·e^z·z^{−x} = 1 / (z + 1 − x − 1·(1 − x) / (z + 3 − x − …)), evaluated by modified Lentz.
  let b = z + 1 - x;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_TERMS; i++) {
    const an = -i * (i - x);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  // A = x·e^z·z^{−x}·Γ(x) − x·h, the first term dominating (z ≥ x + 1 puts most of the gamma mass below z).
  const logWhole = Math.log(x) + z - x * Math.log(z) + lnGamma(x);
  const logA = logWhole + Math.log1p(-Math.exp(Math.log(x * h) - logWhole));
  return { logA, logAMinus1: logA + Math.log1p(-Math.exp(-logA)) };
};
