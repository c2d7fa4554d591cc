export * from './policy-record.ts';
export * from './record.ts';
