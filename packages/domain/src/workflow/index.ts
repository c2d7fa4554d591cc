export * from './docs.ts';
export * from './machine.ts';
export * from './table-check.ts';
export * from './workflows-doc.ts';
