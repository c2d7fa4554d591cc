import type { DeadlineRuleSpec, DeadlineState, EscalationStep } from './rules.ts';

/** What the sweeper knows about one stored deadline. */
export type DeadlineProgress = {
  state: DeadlineState;
  /** 0 = not overdue; k ≥ 1 = overdue and chain step k−1 has been told (1 = the owner, on breach). */
  escalationLevel: number;
  dueAt: Date;
  warnAt: Date | null;
  warnedAt: Date | null;
  lastEscalatedAt: Date | null;
};

/** The fields a step changes; `nextActionAt` is when the sweeper must look again (null: never). */
export type DeadlinePatch = {
  state: DeadlineState;
  escalationLevel: number;
  warnedAt: Date | null;
  breachedAt?: Date;
  lastEscalatedAt: Date | null;
  nextActionAt: Date | null;
};

export type SweepStep =
  | { action: 'none'; patch: DeadlinePatch }
  | { action: 'warn'; notify: 'owner'; patch: DeadlinePatch }
  | { action: 'escalate'; level: number; notify: EscalationStep; patch: DeadlinePatch };

const MINUTE_MS = 60_000;

/**
 * The one table of sweeper moves, as a function of the stored state and the time:
 *
 * | state               | when                                   | action   | next state / level       |
 * |---------------------|----------------------------------------|----------|--------------------------|
 * | open                | now ≥ due                              | escalate | breached, 1 (owner)      |
 * | open, not warned    | warnAt ≤ now < due                     | warn     | open, warned             |
 * | breached, escalated | level < chain, now ≥ last + every      | escalate | escalated, level + 1     |
 * | anything else       |                                        | none     | unchanged                |
 *
 * A late sweep never warns about a deadline already due, and takes one escalation step per call, so a node that
 * was down for an hour does not tell the whole chain at once. Every move changes state, level or a timestamp,
 * so applying the same step twice is impossible: the second call sees the new state and answers `none`.
 */
export const nextSweepStep = (
  d: DeadlineProgress,
  rule: Pick<DeadlineRuleSpec, 'escalationChain' | 'escalateEveryMinutes'>,
  now: Date,
): SweepStep => {
  const t = now.getTime();
  const chain = rule.escalationChain;
  const every = rule.escalateEveryMinutes * MINUTE_MS;
  const base = {
    state: d.state,
    escalationLevel: d.escalationLevel,
    warnedAt: d.warnedAt,
    lastEscalatedAt: d.lastEscalatedAt,
  };
  const escalation = (level: number): SweepStep => ({
    action: 'escalate',
    level,
    notify: chain[level - 1] as EscalationStep,
    patch: {
      state: level === 1 ? 'breached' : 'escalated',
      escalationLevel: level,
      warnedAt: d.warnedAt,
      ...(level === 1 ? { breachedAt: now } : {}),
      lastEscalatedAt: now,
      nextActionAt: level < chain.length ? new Date(t + every) : null,
    },
  });
  if (d.state === 'met') return { action: 'none', patch: { ...base, nextActionAt: null } };
  if (d.state === 'open') {
    if (t >= d.dueAt.getTime()) return chain.length > 0 ? escalation(1) : breachedQuietly(d, now);
    if (d.warnAt && !d.warnedAt) {
      if (t >= d.warnAt.getTime())
        return { action: 'warn', notify: 'owner', patch: { ...base, warnedAt: now, nextActionAt: d.dueAt } };
      return { action: 'none', patch: { ...base, nextActionAt: d.warnAt } };
    }
    return { action: 'none', patch: { ...base, nextActionAt: d.dueAt } };
  }
  if (d.escalationLevel >= chain.length) return { action: 'none', patch: { ...base, nextActionAt: null } };
  const next = (d.lastEscalatedAt?.getTime() ?? d.dueAt.getTime()) + every;
  if (t >= next) return escalation(d.escalationLevel + 1);
  return { action: 'none', patch: { ...base, nextActionAt: new Date(next) } };
};

/** A rule with an empty chain (refused by validation, but data can be old) still records the breach. */
const breachedQuietly = (d: DeadlineProgress, now: Date): SweepStep => ({
  action: 'none',
  patch: {
    state: 'breached',
    escalationLevel: d.escalationLevel,
    warnedAt: d.warnedAt,
    breachedAt: now,
    lastEscalatedAt: d.lastEscalatedAt,
    nextActionAt: null,
  },
});

/** When the sweeper first needs to look at a new (or recomputed) open deadline. */
export const firstActionAt = (d: Pick<DeadlineProgress, 'dueAt' | 'warnAt' | 'warnedAt'>): Date =>
  d.warnAt && !d.warnedAt && d.warnAt.getTime() < d.dueAt.getTime() ? d.warnAt : d.dueAt;

/** The events that meet a deadline: its own, and `close`, which meets every open deadline of the case. */
export const meetsDeadline = (rule: Pick<DeadlineRuleSpec, 'metBy'>, event: string): boolean =>
  event === 'close' || rule.metBy.includes(event);
