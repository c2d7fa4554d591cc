import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { type DeadlineState, oneOf } from '../api/types.ts';

/** The current time, re-read every `periodMs`, so countdowns move without refetching. */
export const useNow = (periodMs = 30_000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), periodMs);
    return () => window.clearInterval(timer);
  }, [periodMs]);
  return now;
};

/** '1天 3小时', '2小时 5分', '45分' (or the English equivalents): the two largest units are enough to act on. */
export const formatSpan = (t: TFunction, ms: number): string => {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return t('deadline.lessThanMinute');
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [
    days > 0 ? t('deadline.day', { n: days }) : '',
    hours > 0 ? t('deadline.hour', { n: hours }) : '',
    days === 0 && mins > 0 ? t('deadline.minute', { n: mins }) : '',
  ].filter(Boolean);
  return parts.join(' ');
};

export type Urgency = 'ok' | 'warned' | 'late' | 'done';

/** Green while on time, amber once warned (or inside the last hour), red once overdue or escalated. */
export const urgencyOf = (
  d: { state: DeadlineState; dueAt: string; warned: boolean },
  now: number,
): Urgency => {
  if (d.state === 'met') return 'done';
  if (d.state === 'breached' || d.state === 'escalated' || Date.parse(d.dueAt) <= now) return 'late';
  return d.warned ? 'warned' : 'ok';
};

export const URGENCY_COLORS: Record<Urgency, string> = {
  ok: 'green',
  warned: 'orange',
  late: 'red',
  done: 'default',
};

const KINDS = [
  'caseFirstResponse',
  'claimHandover',
  'complaintDecision',
  'majorCaseReport',
  'claimDecision',
  'claimRefusalNotice',
  'claimPayment',
  'claimAdvancePayment',
  'complaintReply',
  'complaintCallback',
  'serviceHandover',
  'serviceCompletion',
] as const;

/** The name of a deadline kind; a kind added on the server before the console knows it shows its code. */
export const kindLabel = (t: TFunction, kind: string): string =>
  oneOf(KINDS, kind) ? t(`deadline.kinds.${kind}`) : kind;
