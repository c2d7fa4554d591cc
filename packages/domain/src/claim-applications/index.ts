export * from './checklist.ts';
export * from './entitlement.ts';
export * from './guards.ts';
export * from './transitions.ts';
export * from './vocabulary.ts';
