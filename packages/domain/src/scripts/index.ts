export * from './matcher.ts';
export * from './normalize.ts';
export * from './phrases.ts';
export * from './replace.ts';
export * from './template.ts';
export * from './variants.ts';
