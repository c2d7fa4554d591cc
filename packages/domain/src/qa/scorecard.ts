import { DomainError } from '../core/index.ts';
import type { PhraseMatcher } from '../scripts/matcher.ts';
import { normalizeForMatching } from '../scripts/normalize.ts';
import type { QaConfig, QaItemId } from './config.ts';
import { surnameHeard } from './surname.ts';
import type { Turn } from './transcript.ts';

/** What the scorecard needs to know about the call besides its transcript. */
export type CallFacts = {
  lineName: string;
  agentNo: string | null;
  /** Surname of the caller when the system knows it (from a linked case); null when unknown. */
  customerSurname: string | null;
  /** The caller's name was known before the call (identified caller), not learnt during it. */
  nameKnownAtStart: boolean;
  isClaimReport: boolean;
  hungUpBy: 'customer' | 'agent' | 'system' | null;
  answeredWithinRings: boolean | null;
};

export type ItemResult = 'pass' | 'fail' | 'na';
export type TranscriptHit = { turn: number; phraseId: string; start: number; end: number };
export type ScoredItem = {
  id: QaItemId;
  weight: number;
  result: ItemResult;
  /** Stable reason code for a fail or n/a; the UI translates it. */
  reason: string | null;
  /** Turns that justify the result. */
  turns: number[];
  /** Claim-report questions not asked. */
  missing?: string[];
  review?: { original: ItemResult; comment: string };
};
export type Scorecard = { items: ScoredItem[]; score: number | null; hits: TranscriptHit[] };

const has = (text: string, needle: string) =>
  normalizeForMatching(text).includes(normalizeForMatching(needle));

type Check = (
  turns: readonly Turn[],
  facts: CallFacts,
  cfg: QaConfig,
  hits: TranscriptHit[],
) => Omit<ScoredItem, 'id' | 'weight'>;
const pass = (turns: number[] = []) => ({ result: 'pass' as const, reason: null, turns });
const fail = (reason: string, turns: number[] = []) => ({ result: 'fail' as const, reason, turns });
const na = (reason: string) => ({ result: 'na' as const, reason, turns: [] });

const agentTurns = (turns: readonly Turn[]) => turns.flatMap((t, i) => (t.speaker === 'agent' ? [i] : []));

/**
 * The rules, one per item. Each is stated where it is coded:
 * - greeting: the agent's FIRST turn holds a greeting word, the line name and "{agentNo}号" (seed 000 一(一)1);
 * - surnameAddress: from the first turn that mentions the surname (or the start, for an identified caller), a
 *   later agent turn says surname + title (先生/女士/小姐) (seed 000 一(一)2); n/a while the surname is unknown;
 * - claimReportQuestions: on a claim report, every required question appears in some agent turn;
 * - noForbiddenPhrase: no forbidden phrase in any agent turn (customer turns are not the agent's words);
 * - closing: the agent's LAST turn holds a closing phrase;
 * - customerHungUpFirst / answeredWithinRings: from the call record; n/a when the PBX did not say;
 * - restatedRequest: after the customer's first turn, an agent turn restates and confirms the request with one of
 *   the restate markers (seed 001 第二篇 六(一)); n/a when the customer never spoke;
 * - lateAnswerApology: a call answered after the allowed rings (the ring count of the call record) needs the
 *   apology (让您久等了) in one of the agent's first two turns (seed 000 一(四)1); n/a when answered in time;
 * - surnameHeardUsed: the surname the customer gives in the call itself (我姓王, surname.ts) is used with a title
 *   in a later agent turn (seed 000 一(一)2), whether or not a linked case knew the name; n/a when none was given.
 */
const CHECKS: Record<QaItemId, Check> = {
  greeting: (turns, facts, cfg) => {
    const first = agentTurns(turns)[0];
    if (first === undefined) return fail('NO_AGENT_TURN');
    const text = turns[first]!.text;
    if (!cfg.greetingOpening.some((g) => has(text, g))) return fail('GREETING_NO_HELLO', [first]);
    if (!has(text, facts.lineName)) return fail('GREETING_NO_LINE_NAME', [first]);
    if (!facts.agentNo || !has(text, `${facts.agentNo}号`)) return fail('GREETING_NO_AGENT_NO', [first]);
    return pass([first]);
  },
  surnameAddress: (turns, facts, cfg) => {
    const surname = facts.customerSurname;
    if (!surname) return na('SURNAME_UNKNOWN');
    const mentioned = turns.findIndex((t) => has(t.text, surname));
    const knownFrom = facts.nameKnownAtStart ? 0 : mentioned;
    if (knownFrom < 0) return na('NAME_NEVER_KNOWN');
    const later = agentTurns(turns).filter((i) => i >= knownFrom);
    if (later.length === 0) return na('NO_AGENT_TURN_AFTER_NAME');
    const used = later.find((i) => cfg.titles.some((title) => has(turns[i]!.text, `${surname}${title}`)));
    return used === undefined ? fail('SURNAME_NOT_USED') : pass([used]);
  },
  claimReportQuestions: (turns, facts, cfg) => {
    if (!facts.isClaimReport) return na('NOT_CLAIM_REPORT');
    const agents = agentTurns(turns);
    const found = cfg.claimReportQuestions.map((q) => ({
      id: q.id,
      turn: agents.find((i) => q.anyOf.some((k) => has(turns[i]!.text, k))),
    }));
    const missing = found.filter((f) => f.turn === undefined).map((f) => f.id);
    const asked = found.flatMap((f) => (f.turn === undefined ? [] : [f.turn]));
    return missing.length > 0 ? { ...fail('QUESTIONS_MISSING', asked), missing } : pass(asked);
  },
  noForbiddenPhrase: (_turns, _facts, _cfg, hits) =>
    hits.length > 0 ? fail('FORBIDDEN_PHRASE_USED', [...new Set(hits.map((h) => h.turn))]) : pass(),
  closing: (turns, _facts, cfg) => {
    const last = agentTurns(turns).at(-1);
    if (last === undefined) return fail('NO_AGENT_TURN');
    return cfg.closingPhrases.some((c) => has(turns[last]!.text, c))
      ? pass([last])
      : fail('CLOSING_MISSING', [last]);
  },
  customerHungUpFirst: (_t, facts) =>
    facts.hungUpBy === null
      ? na('HANG_UP_UNKNOWN')
      : facts.hungUpBy === 'customer'
        ? pass()
        : fail('AGENT_HUNG_UP_FIRST'),
  answeredWithinRings: (_t, facts) =>
    facts.answeredWithinRings === null
      ? na('NOT_ANSWERED')
      : facts.answeredWithinRings
        ? pass()
        : fail('ANSWERED_LATE'),
  restatedRequest: (turns, _facts, cfg) => {
    const firstCustomer = turns.findIndex((t) => t.speaker === 'customer');
    if (firstCustomer < 0) return na('CUSTOMER_NEVER_SPOKE');
    const restated = agentTurns(turns).find(
      (i) => i > firstCustomer && cfg.restateMarkers.some((m) => has(turns[i]!.text, m)),
    );
    return restated === undefined ? fail('REQUEST_NOT_RESTATED') : pass([restated]);
  },
  lateAnswerApology: (turns, facts, cfg) => {
    if (facts.answeredWithinRings === null) return na('NOT_ANSWERED');
    if (facts.answeredWithinRings) return na('ANSWERED_IN_TIME');
    const firstTwo = agentTurns(turns).slice(0, 2);
    const said = firstTwo.find((i) => cfg.lateAnswerApology.some((a) => has(turns[i]!.text, a)));
    return said === undefined ? fail('LATE_ANSWER_NO_APOLOGY', firstTwo) : pass([said]);
  },
  surnameHeardUsed: (turns, _facts, cfg) => {
    const heard = surnameHeard(turns);
    if (!heard) return na('SURNAME_NOT_HEARD');
    const later = agentTurns(turns).filter((i) => i > heard.turn);
    if (later.length === 0) return na('NO_AGENT_TURN_AFTER_NAME');
    const used = later.find((i) =>
      cfg.titles.some((title) => has(turns[i]!.text, `${heard.surname}${title}`)),
    );
    return used === undefined ? fail('HEARD_SURNAME_NOT_USED', [heard.turn]) : pass([used]);
  },
};

/** Weighted score 0–100 (one decimal) over the items that apply; null when none applies. */
export const weightedScore = (items: readonly ScoredItem[]): number | null => {
  const applicable = items.filter((i) => i.result !== 'na');
  const total = applicable.reduce((s, i) => s + i.weight, 0);
  if (total === 0) return null;
  const earned = applicable.filter((i) => i.result === 'pass').reduce((s, i) => s + i.weight, 0);
  return Math.round((earned / total) * 1000) / 10;
};

/** Forbidden phrases in the agent's turns, with positions inside each turn's text. */
export const transcriptHits = (turns: readonly Turn[], matcher: PhraseMatcher): TranscriptHit[] =>
  turns.flatMap((t, turn) =>
    t.speaker === 'agent' ? matcher.find(t.text).map((h) => ({ turn, ...h })) : [],
  );

/** Scores one call. Disabled items are left out of the card and the score. */
export const scoreCall = (
  turns: readonly Turn[],
  facts: CallFacts,
  cfg: QaConfig,
  matcher: PhraseMatcher,
): Scorecard => {
  const hits = transcriptHits(turns, matcher);
  const items = cfg.items
    .filter((i) => i.enabled)
    .map((i) => ({ id: i.id, weight: i.weight, ...CHECKS[i.id](turns, facts, cfg, hits) }));
  return { items, score: weightedScore(items), hits };
};

export type ReviewOverride = { id: QaItemId; result: ItemResult; comment: string };

/**
 * A QA reviewer's manual review: each override replaces an item's result and keeps the automatic one, with a
 * comment that is required (calibration needs the reason). The score is recomputed.
 */
export const applyReview = (card: Scorecard, overrides: readonly ReviewOverride[]): Scorecard => {
  const items = card.items.map((item) => {
    const o = overrides.find((x) => x.id === item.id);
    if (!o) return item;
    if (o.comment.trim() === '') throw new DomainError('REVIEW_COMMENT_REQUIRED', { id: o.id });
    const original = item.review?.original ?? item.result;
    return { ...item, result: o.result, review: { original, comment: o.comment.trim() } };
  });
  for (const o of overrides)
    if (!items.some((i) => i.id === o.id)) throw new DomainError('QA_ITEM_NOT_ON_CARD', { id: o.id });
  return { ...card, items, score: weightedScore(items) };
};
