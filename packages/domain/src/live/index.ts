export * from './kinds.ts';
export * from './ring.ts';
export * from './scope.ts';
