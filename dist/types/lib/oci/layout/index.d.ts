export * from './reference.js';
export * from './store.js';
