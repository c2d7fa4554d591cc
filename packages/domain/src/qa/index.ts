export * from './config.ts';
export * from './scorecard.ts';
export * from './surname.ts';
export * from './transcript.ts';
export * from './transcript-source.ts';
