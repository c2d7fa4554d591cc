import type { Label } from '../workflow/index.ts';
import { VISIT_STAGES, type VisitStage } from './visit.machine.ts';

/**
 * Special care (seed 001 第二篇 五(二): "特别关照老、弱、病、残、孕客户"): a flagged visitor is called before the others.
 * The seed's 弱 (frail) is read with 病 as one flag, sick: the counter cannot tell them apart on sight.
 */
export const CARE_FLAGS = ['elderly', 'sick', 'disabled', 'pregnant'] as const;
export type CareFlag = (typeof CARE_FLAGS)[number];
export const CARE_FLAG_LABELS: { readonly [K in CareFlag]: Label } = {
  elderly: { zh: '老年人', en: 'Elderly' },
  sick: { zh: '病弱', en: 'Sick or frail' },
  disabled: { zh: '残障人士', en: 'Disabled' },
  pregnant: { zh: '孕妇', en: 'Pregnant' },
};

/** The ticket's letter; the number counts the branch's visitors of one Beijing day from 1, without gaps. */
export const TICKET_PREFIX = 'A';
/** Digits of the number: 9,999 visitors a counter a day is far above any branch (a setting of the desk). */
export const TICKET_DIGITS = 4;

export const formatTicket = (seq: number): string => {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`ticket sequence ${seq}`);
  return `${TICKET_PREFIX}${String(seq).padStart(TICKET_DIGITS, '0')}`;
};

/** The next number after the day's last one (0 when none was issued): what the counter row stores. */
export const nextTicketSeq = (last: number): number => last + 1;

export type Queued = { careFlag: CareFlag | null; arrivedAt: Date; ticketSeq: number };

/** Queue order (叫号): special care first, then by arrival, then by ticket (same instant). */
export const queueOrder = (a: Queued, b: Queued): number =>
  Number(a.careFlag === null) - Number(b.careFlag === null) ||
  a.arrivedAt.getTime() - b.arrivedAt.getTime() ||
  a.ticketSeq - b.ticketSeq;

export type StageSpan = { stage: VisitStage; enteredAt: Date; leftAt: Date | null };

/**
 * Seconds spent in each stage: closed spans from the log, the open one up to `now`. A stage never entered is absent.
 * The reception stage's time is the waiting time: arrival until the ticket is called.
 */
export const stageSeconds = (spans: readonly StageSpan[], now: Date): Partial<Record<VisitStage, number>> => {
  const out: Partial<Record<VisitStage, number>> = {};
  for (const s of spans) {
    const end = s.leftAt ?? now;
    const secs = Math.max(0, Math.floor((end.getTime() - s.enteredAt.getTime()) / 1000));
    out[s.stage] = (out[s.stage] ?? 0) + secs;
  }
  return out;
};

export const stageIndex = (stage: string): number => VISIT_STAGES.indexOf(stage as VisitStage);
