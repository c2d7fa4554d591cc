import type { BusinessCalendar } from '../calendar/index.ts';
import { DomainError } from '../core/index.ts';
import { type ComputedDeadline, computeDeadline, type DeadlineStart } from '../deadlines/index.ts';
import type { ClaimDecisionKind } from './decision.ts';

/*
 * Which statutory clock of a claim application starts on which fact. Each clock has the id of its deadline rule
 * (server/deadlines/seed-rules.ts), so the deadline the server opens and the clock named here are one thing.
 * The Insurance Law counts 日 as the Civil Code does: the day of the fact is not counted, and a last day that is
 * a statutory day off moves to the next working day (Civil Code arts. 201, 203): the `calendarDays` unit.
 */

export const CLAIM_CLOCK_FACTS = ['materialsComplete', 'claimDecided', 'payoutAgreed'] as const;
export type ClaimClockFact = (typeof CLAIM_CLOCK_FACTS)[number] & DeadlineStart;

export const LEGAL_CLOCK_IDS = [
  'claim-decision',
  'claim-payment',
  'claim-refusal-notice',
  'claim-advance-payment',
] as const;
export type LegalClockId = (typeof LEGAL_CLOCK_IDS)[number];

export type LegalClock = {
  id: LegalClockId;
  startsOn: ClaimClockFact;
  /** For `claimDecided`: the decision kinds that start it. */
  onDecision?: readonly ClaimDecisionKind[];
  unit: 'calendarDays';
  days: number;
  /** Art. 23 "但合同另有约定的除外": the contract may set another period. */
  contractMayOverride: boolean;
  citation: { zh: string; en: string };
};

export const LEGAL_CLOCKS: readonly LegalClock[] = [
  {
    id: 'claim-decision',
    startsOn: 'materialsComplete',
    unit: 'calendarDays',
    // Art. 23 ¶1: 情形复杂的，应当在三十日内作出核定，但合同另有约定的除外.
    days: 30,
    contractMayOverride: true,
    citation: {
      zh: '《中华人民共和国保险法》第二十三条：收到赔偿请求及有关证明、资料后 30 日内作出核定，合同另有约定的除外',
      en: 'Insurance Law art. 23: decide within 30 days of the claim and its materials unless the contract says otherwise',
    },
  },
  {
    id: 'claim-refusal-notice',
    startsOn: 'claimDecided',
    onDecision: ['refuse'],
    unit: 'calendarDays',
    // Art. 24: 自作出核定之日起三日内…发出拒绝赔偿或者拒绝给付保险金通知书，并说明理由.
    days: 3,
    contractMayOverride: false,
    citation: {
      zh: '《中华人民共和国保险法》第二十四条：作出核定之日起 3 日内发出拒绝赔偿通知书并说明理由',
      en: 'Insurance Law art. 24: refusal notice with reasons within 3 days of the decision',
    },
  },
  {
    id: 'claim-payment',
    startsOn: 'payoutAgreed',
    unit: 'calendarDays',
    // Art. 23 ¶1: 达成赔偿或者给付保险金的协议后十日内，履行赔偿或者给付保险金义务.
    days: 10,
    contractMayOverride: false,
    citation: {
      zh: '《中华人民共和国保险法》第二十三条：达成赔偿协议后 10 日内履行赔偿义务',
      en: 'Insurance Law art. 23: pay within 10 days of agreeing the amount',
    },
  },
  {
    id: 'claim-advance-payment',
    startsOn: 'materialsComplete',
    unit: 'calendarDays',
    // Art. 25: 自收到…请求和有关证明、资料之日起六十日内，对其数额不能确定的，应当…先予支付.
    days: 60,
    contractMayOverride: false,
    citation: {
      zh: '《中华人民共和国保险法》第二十五条：收到赔偿请求及有关证明、资料之日起 60 日内数额不能确定的，先予支付可以确定的数额',
      en: 'Insurance Law art. 25: advance the determinable amount within 60 days of the claim and its materials',
    },
  },
];

export type StartedLegalClock = { clock: LegalClock; days: number };

/**
 * The clocks a fact starts. A decision starts the refusal notice only when it refuses (a payment waits for the
 * agreement on the amount, art. 23); `contractDecisionDays` is the contract's own period for the decision.
 */
export const legalClocksStartedBy = (
  fact: ClaimClockFact,
  options: { decision?: ClaimDecisionKind; contractDecisionDays?: number } = {},
): StartedLegalClock[] => {
  const own = options.contractDecisionDays;
  if (own !== undefined && (!Number.isSafeInteger(own) || own <= 0))
    throw new DomainError('VALIDATION_FAILED', { problems: ['contractDecisionDays'] });
  return LEGAL_CLOCKS.filter(
    (c) =>
      c.startsOn === fact &&
      (c.onDecision === undefined ||
        (options.decision !== undefined && c.onDecision.includes(options.decision))),
  ).map((clock) => ({ clock, days: clock.contractMayOverride && own !== undefined ? own : clock.days }));
};

/**
 * When a started clock runs out: 24:00 (Asia/Shanghai) of its last day, moved past statutory days off on the
 * calendar given (the national one layered with the branch's), as every `calendarDays` deadline is.
 */
export const legalClockDue = (
  started: StartedLegalClock,
  factAt: Date,
  calendar: BusinessCalendar,
): ComputedDeadline =>
  computeDeadline({ unit: started.clock.unit, amount: started.days, warnBeforeMinutes: 0 }, calendar, factAt);
