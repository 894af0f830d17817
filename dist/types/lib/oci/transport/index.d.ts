export * from './retry.js';
export * from './transport.js';
