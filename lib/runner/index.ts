export * from './run';
export * from './summary';
