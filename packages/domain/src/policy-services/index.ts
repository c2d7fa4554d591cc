export * from './changes.ts';
export * from './documents.ts';
export * from './letters.ts';
export * from './machine.ts';
export * from './vocabulary.ts';
