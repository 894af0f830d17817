export * from './keys';
export * from './environment';
