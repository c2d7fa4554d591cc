/**
 * Erlang A (Palm's M/M/N+M queue): callers hang up after an exponentially distributed patience with mean
 * `patienceSeconds`. Garnett, Mandelbaum & Reiman (2002) made it the call-centre model; the formulas are those of
 * Mandelbaum & Zeltyn's notes "The Palm/Erlang-A queue, with applications to call centers", in time units of AHT
 * (μ = 1), with θ = AHT / patience, x = N/θ, y = A/θ, B = Erlang B(N, A) and A(x, y) from ./gamma.ts:
 *
 *   P(wait > 0)       = A(x,y)·B / (1 + (A(x,y) − 1)·B),  π_N = P(wait > 0) / A(x,y)
 *   P(abandon)        = P(wait > 0) − π_N·(A(x,y) − 1)/ρ,  ρ = A/N
 *   P(virtual wait>t) = π_N·E(t)·A(x, y·e^{−θt}),  E(t) = exp(y·(1 − e^{−θt}) − N·t)
 *   P(answered ≤ t)   = 1 − P(wait > 0) + π_N/ρ · [(A(x,y) − 1) − E(t)·(A(x, y·e^{−θt}) − 1)]
 *
 * The last line is the service level used here: the share of all offered calls answered within t, abandoned calls
 * counting against it. It follows from the virtual-wait density N·π_N·E(s) times the chance e^{−θs} that the caller
 * is still there; as patience → ∞ it tends to Erlang C's 1 − C·e^{−(N−A)t}. Unlike Erlang C it is defined for
 * A ≥ N too: abandonment keeps the queue finite.
 */

import {
  erlangC,
  erlangCAgents,
  erlangCServiceLevel,
  MAX_AGENTS_SEARCHED,
  type ServiceTarget,
} from './erlang-c.ts';
import { logPalmSum } from './gamma.ts';

export type ErlangAInput = {
  agents: number;
  /** Offered traffic in Erlangs (λ·AHT). */
  traffic: number;
  ahtSeconds: number;
  /** Mean patience before hanging up; Infinity gives Erlang C. */
  patienceSeconds: number;
};

export type ErlangAReport = {
  pWait: number;
  pAbandon: number;
  /** Share of offered calls answered within `answerSeconds`. */
  serviceLevel: number;
  /** P(a caller would wait longer than t if infinitely patient). */
  pVirtualWaitOver: number;
  /** Mean time in queue over all callers, abandoned ones included: P(abandon)·patience (Little's law, exp. patience). */
  meanWaitSeconds: number;
};

const clamp01 = (p: number): number => Math.max(0, Math.min(1, p));

const checkInput = ({ agents, traffic, ahtSeconds, patienceSeconds }: ErlangAInput): void => {
  if (!Number.isInteger(agents) || agents < 0) throw new RangeError('agents must be an integer ≥ 0');
  if (!(traffic >= 0) || !Number.isFinite(traffic))
    throw new RangeError('traffic must be a finite number ≥ 0');
  if (!(ahtSeconds > 0)) throw new RangeError('ahtSeconds must be > 0');
  if (!(patienceSeconds > 0)) throw new RangeError('patienceSeconds must be > 0');
};

/** The figures of one staffing level with Erlang B already known (so a search can carry B upwards). */
const reportWithB = (input: ErlangAInput, b: number, answerSeconds: number): ErlangAReport => {
  const { agents: n, traffic: a, ahtSeconds, patienceSeconds } = input;
  if (a === 0) return { pWait: 0, pAbandon: 0, serviceLevel: 1, pVirtualWaitOver: 0, meanWaitSeconds: 0 };
  if (n === 0)
    return { pWait: 1, pAbandon: 1, serviceLevel: 0, pVirtualWaitOver: 1, meanWaitSeconds: patienceSeconds };
  const r = patienceSeconds / ahtSeconds; // 1/θ in AHT units
  const x = n * r;
  const y = a * r;
  const t = answerSeconds / ahtSeconds;
  const w = Math.exp(-t / r);
  const sy = logPalmSum(x, y);
  const sz = logPalmSum(x, y * w);
  const pWait = b / (b + (1 - b) * Math.exp(-sy.logA));
  const logPi = Math.log(pWait) - sy.logA;
  const logE = y * -Math.expm1(-t / r) - n * t;
  const overRho = n / a;
  const servedAfterWaiting = Math.exp(logPi + sy.logAMinus1) * overRho;
  const pAbandon = clamp01(pWait - servedAfterWaiting);
  const servedAfterT = Math.exp(logPi + logE + sz.logAMinus1) * overRho;
  return {
    pWait,
    pAbandon,
    serviceLevel: clamp01(1 - pWait + servedAfterWaiting - servedAfterT),
    pVirtualWaitOver: clamp01(Math.exp(logPi + logE + sz.logA)),
    meanWaitSeconds: pAbandon * patienceSeconds,
  };
};

const bOf = (agents: number, traffic: number): number => {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (traffic * b) / (k + traffic * b);
  return b;
};

/** Every Erlang A figure for one staffing level and answer-time threshold. */
export const erlangA = (input: ErlangAInput, answerSeconds: number): ErlangAReport => {
  checkInput(input);
  if (!(answerSeconds >= 0)) throw new RangeError('answerSeconds must be ≥ 0');
  if (input.patienceSeconds === Number.POSITIVE_INFINITY) {
    const { agents, traffic, ahtSeconds } = input;
    const stable = traffic < agents || traffic === 0;
    const sl = erlangCServiceLevel(agents, traffic, ahtSeconds, answerSeconds);
    return {
      pWait: stable ? erlangC(agents, traffic) : 1,
      pAbandon: 0,
      serviceLevel: sl,
      pVirtualWaitOver: 1 - sl,
      meanWaitSeconds: 0,
    };
  }
  return reportWithB(input, bOf(input.agents, input.traffic), answerSeconds);
};

/** An optional second bound: no more than this share of callers may hang up. */
export type ErlangATarget = ServiceTarget & { maxAbandon?: number };

/**
 * The fewest agents meeting the target under Erlang A. At most N/A of offered calls can be served, so the search
 * starts at ⌊serviceLevel·A⌋ and carries Erlang B upwards from n = 1 in one pass.
 */
export const erlangAAgents = (
  traffic: number,
  ahtSeconds: number,
  patienceSeconds: number,
  target: ErlangATarget,
): number => {
  checkInput({ agents: 0, traffic, ahtSeconds, patienceSeconds });
  if (patienceSeconds === Number.POSITIVE_INFINITY) return erlangCAgents(traffic, ahtSeconds, target);
  if (!(target.serviceLevel >= 0 && target.serviceLevel < 1))
    throw new RangeError('serviceLevel must be in [0, 1)');
  if (traffic === 0) return 0;
  const from = Math.max(1, Math.floor(target.serviceLevel * traffic));
  let b = 1;
  for (let n = 1; n <= MAX_AGENTS_SEARCHED; n++) {
    b = (traffic * b) / (n + traffic * b);
    if (n < from) continue;
    const r = reportWithB({ agents: n, traffic, ahtSeconds, patienceSeconds }, b, target.answerSeconds);
    if (
      r.serviceLevel >= target.serviceLevel &&
      (target.maxAbandon === undefined || r.pAbandon <= target.maxAbandon)
    )
      return n;
  }
  throw new RangeError(`more than ${MAX_AGENTS_SEARCHED} agents would be needed`);
};
