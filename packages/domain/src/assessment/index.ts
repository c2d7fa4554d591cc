export * from './assessment.machine.ts';
export * from './scoring.ts';
export * from './template.ts';
