export * from './counters.ts';
export * from './definitions.ts';
export * from './doc-table.ts';
export * from './formulas.ts';
export * from './periods.ts';
