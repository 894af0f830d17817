export * from './keys';
export * from './environment';
export * from './encryption';
export * from './images';
