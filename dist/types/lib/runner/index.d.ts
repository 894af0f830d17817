export * from './run.js';
export * from './summary.js';
