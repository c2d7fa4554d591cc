export * from './components.ts';
export * from './entities.ts';
export * from './ring-graph.ts';
export * from './ring-settings.ts';
export * from './rings.ts';
