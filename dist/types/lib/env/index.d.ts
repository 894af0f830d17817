export * from './keys.js';
export * from './environment.js';
export * from './encryption.js';
export * from './images.js';
