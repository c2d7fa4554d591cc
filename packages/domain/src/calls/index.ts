export * from './rings.ts';
export * from './silent-call.ts';
export * from './transitions.ts';
export * from './silent-evidence.ts';
