export * from './explanations.ts';
export * from './queue.ts';
export * from './visit.machine.ts';
