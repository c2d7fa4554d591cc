/*
 * The duty domain (issue #16; seed 000 值班制度 第一条–第十一条): how many agents each half hour needs (Erlang C and
 * Erlang A, shrinkage), the forecast they are computed from (by weekday, statutory holiday and make-up working
 * day), the hard rules of a duty roster, the shift hand-over machine and the outgoing shift's statistics. Pure.
 */
export * from './erlang-a.ts';
export * from './erlang-c.ts';
export * from './forecast.ts';
export { type LogPalmSum, lnGamma, logPalmSum } from './gamma.ts';
export * from './handover.machine.ts';
export * from './handover-pairs.ts';
export * from './line-watch.ts';
export * from './roster-rules.ts';
export * from './roster-types.ts';
export * from './shift-statistics.ts';
export * from './staffing.ts';
