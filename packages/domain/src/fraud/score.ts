/**
 * The explainable fraud score (issue #22 part 2): each enabled signal that fires adds its weight and says why; the
 * score is the sum, capped. Pure: the server gathers the facts (keyed-hash matches, dates, amounts) and passes them
 * in. A score only routes a claim to investigation; it never blocks or pauses the claim (Insurance Law art. 23).
 */
import type { Label } from '../core/index.ts';
import { type FraudSettings, SIGNAL_DEFS, type SignalCode } from './signals.ts';

/** What a keyed hash (blind index) of this claim matched on another claim. */
export type MatchKind =
  | 'idNumber'
  | 'plate'
  | 'phone'
  | 'address'
  | 'payee'
  | 'repairShop'
  | 'hospital'
  | 'doctor';
export const PERSON_CONTACT_KINDS: readonly MatchKind[] = ['phone', 'address', 'payee'];
export const PROVIDER_KINDS: readonly MatchKind[] = ['repairShop', 'hospital', 'doctor'];

export type KeyMatch = {
  kind: MatchKind;
  /** The other claim (a report or an application case). */
  otherCaseId: string;
  /** When the other claim's loss occurred. */
  at: Date;
  /** The other claim's person (insured or applicant, by keyed hash) is this claim's person. */
  samePerson: boolean;
};

export type ClaimFacts = {
  occurredAt: Date;
  knewAt: Date;
  reportedAt: Date;
  policyStart: Date;
  /** When the sum insured was last raised (an endorsement); null when never or unknown. */
  sumInsuredRaisedAt: Date | null;
  sumInsuredFen: number;
  /** Estimated, claimed or assessed amount; null when none is known yet. */
  amountFen: number | null;
  /** The approval limits in force (核决权限 table), fen; a null limit is none. */
  approvalLimitsFen: readonly number[];
  matches: readonly KeyMatch[];
  /** Distinct confirmed fraud cases one of this claim's keys appears on. */
  confirmedFraudLinks: number;
  /** Claims in the largest possible ring (the link analysis) this claim belongs to; 0 when none. */
  ringClaims?: number;
};

/** A signal that fired: what the score shows. Extra hits (a ring membership) come in the same shape. */
export type SignalHit = { code: string; weight: number; reason: Label; evidence?: Record<string, number> };
export type ScoreResult = { score: number; hits: SignalHit[]; flagged: boolean };

const DAY_MS = 86_400_000;
const fill = (l: Label, vars: Record<string, number>): Label => {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  return { zh: f(l.zh), en: f(l.en) };
};

const within = (m: KeyMatch, occurredAt: Date, windowDays: number) =>
  Math.abs(m.at.getTime() - occurredAt.getTime()) <= windowDays * DAY_MS;

/** Distinct other claims matching `pick` inside the window. */
const distinctOthers = (f: ClaimFacts, windowDays: number, pick: (m: KeyMatch) => boolean) =>
  new Set(f.matches.filter((m) => pick(m) && within(m, f.occurredAt, windowDays)).map((m) => m.otherCaseId))
    .size;

type Eval = (f: ClaimFacts, p: Record<string, number>) => Record<string, number> | null;
const atLeast = (n: number, min: number | undefined, vars: Record<string, number>) =>
  n >= (min ?? 1) ? vars : null;
const p0 = (p: Record<string, number>, k: string) => p[k] ?? 0;

/** One pure test per signal: the variables of its reason when it fires, else null. */
export const SIGNAL_TESTS: Record<SignalCode, Eval> = {
  earlyLoss: (f, p) => {
    const gap = f.occurredAt.getTime() - f.policyStart.getTime();
    return gap >= 0 && gap <= p0(p, 'days') * DAY_MS ? { days: p0(p, 'days') } : null;
  },
  afterSumRaise: (f, p) => {
    if (!f.sumInsuredRaisedAt) return null;
    const gap = f.occurredAt.getTime() - f.sumInsuredRaisedAt.getTime();
    return gap >= 0 && gap <= p0(p, 'days') * DAY_MS ? { days: p0(p, 'days') } : null;
  },
  repeatIdNumber: (f, p) => {
    const n = distinctOthers(f, p0(p, 'windowDays'), (m) => m.kind === 'idNumber');
    return atLeast(n, p.minCount, { n, days: p0(p, 'windowDays') });
  },
  repeatPlate: (f, p) => {
    const n = distinctOthers(f, p0(p, 'windowDays'), (m) => m.kind === 'plate');
    return atLeast(n, p.minCount, { n, days: p0(p, 'windowDays') });
  },
  repeatPhone: (f, p) => {
    // The same person calling again; another person on the phone is `sharedContact`.
    const n = distinctOthers(f, p0(p, 'windowDays'), (m) => m.kind === 'phone' && m.samePerson);
    return atLeast(n, p.minCount, { n, days: p0(p, 'windowDays') });
  },
  lateReport: (f, p) =>
    f.reportedAt.getTime() - f.knewAt.getTime() > p0(p, 'days') * DAY_MS ? { days: p0(p, 'days') } : null,
  nearSumInsured: (f, p) => {
    if (f.amountFen === null || f.sumInsuredFen <= 0) return null;
    const pct = Math.floor((f.amountFen * 100) / f.sumInsuredFen);
    return pct >= p0(p, 'percent') ? { n: Math.min(pct, 100) } : null;
  },
  justUnderLimit: (f, p) => {
    if (f.amountFen === null) return null;
    const amount = f.amountFen;
    // Integer fen: amount in [limit × (100 − band)/100, limit] is "just under" (at the limit still passes).
    const hit = f.approvalLimitsFen.find(
      (l) => amount <= l && amount * 100 >= l * (100 - p0(p, 'bandPercent')),
    );
    return hit === undefined ? null : { n: Math.round(hit / 100) };
  },
  sharedContact: (f, p) => {
    const n = distinctOthers(
      f,
      p0(p, 'windowDays'),
      (m) => PERSON_CONTACT_KINDS.includes(m.kind) && !m.samePerson,
    );
    return atLeast(n, p.minCount, { n, days: p0(p, 'windowDays') });
  },
  providerConcentration: (f, p) => {
    const n = distinctOthers(f, p0(p, 'windowDays'), (m) => PROVIDER_KINDS.includes(m.kind));
    return atLeast(n, p.minCount, { n, days: p0(p, 'windowDays') });
  },
  linkedToFraud: (f) => (f.confirmedFraudLinks > 0 ? { n: f.confirmedFraudLinks } : null),
  ringMember: (f) => ((f.ringClaims ?? 0) > 0 ? { n: f.ringClaims ?? 0 } : null),
};

/** The hits of the enabled signals, in the order of SIGNAL_DEFS. */
export const evaluateSignals = (facts: ClaimFacts, settings: FraudSettings): SignalHit[] =>
  (Object.keys(SIGNAL_DEFS) as SignalCode[]).flatMap((code) => {
    const s = settings.signals[code];
    if (!s?.enabled) return [];
    const vars = SIGNAL_TESTS[code](facts, s.params);
    return vars ? [{ code, weight: s.weight, reason: fill(s.reason, vars), evidence: vars }] : [];
  });

/**
 * Sum of the weights of the hits, capped; `extra` are hits found elsewhere (a fraud ring membership from the link
 * analysis) in the same shape, so they add to the score and explain themselves like the others.
 */
export const combineHits = (
  hits: readonly SignalHit[],
  settings: Pick<FraudSettings, 'cap' | 'threshold'>,
  extra: readonly SignalHit[] = [],
): ScoreResult => {
  const all = [...hits, ...extra];
  const score = Math.min(
    settings.cap,
    all.reduce((s, h) => s + Math.max(0, h.weight), 0),
  );
  return { score, hits: all, flagged: score >= settings.threshold };
};

/** The whole score of one claim from its facts: what intake, rescoring and the bench call. */
export const scoreClaim = (
  facts: ClaimFacts,
  settings: FraudSettings,
  extra: readonly SignalHit[] = [],
): ScoreResult => combineHits(evaluateSignals(facts, settings), settings, extra);
