export * from './claim-time-limit.ts';
export * from './intake.ts';
export * from './major-case.rules.ts';
export * from './perils.ts';
export * from './preliminary-check.ts';
export * from './rule-settings.ts';
export * from './same-loss.ts';
export * from './scene.ts';
