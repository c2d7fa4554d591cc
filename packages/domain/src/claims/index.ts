export * from './claim-time-limit.ts';
export * from './major-case.rules.ts';
export * from './preliminary-check.ts';
