export * from './config.ts';
export * from './scorecard.ts';
export * from './transcript.ts';
