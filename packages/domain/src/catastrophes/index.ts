export * from './area.ts';
export * from './catastrophe.machine.ts';
export * from './quick-report.ts';
