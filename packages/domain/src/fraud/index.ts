export * from './investigation.machine.ts';
export * from './payee-account.ts';
export * from './precision.ts';
export * from './providers.ts';
export * from './report-layout.ts';
export * from './score.ts';
export * from './signals.ts';
