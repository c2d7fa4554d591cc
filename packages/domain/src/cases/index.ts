export * from './categories.ts';
export * from './kinds.ts';
export * from './numbering.ts';
export * from './timeline-events.ts';
export * from './transfer.ts';
export * from './transitions.ts';
