export * from './free-text.ts';
export * from './id-number.ts';
export * from './masking.ts';
export * from './phone.ts';
export * from './plate.ts';
