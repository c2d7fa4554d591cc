/**
 * Agents per interval for a forecast (issue #16): the queueing model gives the agents that must be on the phones,
 * shrinkage turns that into the agents to schedule.
 */

import { erlangAAgents } from './erlang-a.ts';
import { erlangCAgents, type ServiceTarget, trafficErlangs } from './erlang-c.ts';
import { type ForecastDay, INTERVAL_MINUTES } from './forecast.ts';

/**
 * Share of scheduled time an agent is not on the phones: breaks and meals (第七条 "轮流就餐、休息"), the pre-shift
 * preparation of 第九条, the hand-over of 第十条, training, absence. The seeds give no figure: 30 % is a common
 * planning default and a setting of the centre.
 */
export const DEFAULT_SHRINKAGE = 0.3;

/** Agents to schedule so that `required` are on the phones after shrinkage: ⌈required / (1 − shrinkage)⌉. */
export const scheduledAgents = (required: number, shrinkage: number = DEFAULT_SHRINKAGE): number => {
  if (!(shrinkage >= 0 && shrinkage < 1)) throw new RangeError('shrinkage must be in [0, 1)');
  // A tiny tolerance so 7 / 0.7 (= 10.000000000000002 in doubles) schedules 10, not 11.
  return required === 0 ? 0 : Math.ceil(required / (1 - shrinkage) - 1e-9);
};

export type StaffingModel = { kind: 'erlangC' } | { kind: 'erlangA'; patienceSeconds: number };

export type StaffingInterval = {
  /** 0 … 47: the interval starting at index × 30 min local time. */
  interval: number;
  calls: number;
  traffic: number;
  /** On the phones, from the model. */
  required: number;
  /** On the roster, after shrinkage. */
  scheduled: number;
};

export type StaffingDay = { date: string; intervals: StaffingInterval[] };

/** Agents required and scheduled for every interval of every forecast day. */
export const staffingPlan = (
  forecast: readonly ForecastDay[],
  target: ServiceTarget,
  ahtSeconds: number,
  shrinkage: number = DEFAULT_SHRINKAGE,
  model: StaffingModel = { kind: 'erlangC' },
): StaffingDay[] => {
  const intervalSeconds = INTERVAL_MINUTES * 60;
  // No memo of repeated loads: each interval is solved afresh, which is what the benchmark measures.
  const requiredFor = (traffic: number): number =>
    model.kind === 'erlangC'
      ? erlangCAgents(traffic, ahtSeconds, target)
      : erlangAAgents(traffic, ahtSeconds, model.patienceSeconds, target);
  return forecast.map((day) => ({
    date: day.date,
    intervals: day.calls.map((calls, interval) => {
      const traffic = trafficErlangs(calls, ahtSeconds, intervalSeconds);
      const required = requiredFor(traffic);
      return { interval, calls, traffic, required, scheduled: scheduledAgents(required, shrinkage) };
    }),
  }));
};
