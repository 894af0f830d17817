export * from './parser.js';
export * from './substitute.js';
