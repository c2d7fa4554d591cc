export * from './rings.ts';
export * from './silent-call.ts';
export * from './silent-evidence.ts';
export * from './transitions.ts';
