export * from './investigation.machine.ts';
export * from './precision.ts';
export * from './score.ts';
export * from './signals.ts';
