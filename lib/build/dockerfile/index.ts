// Dockerfile parsing and Docker's word processing, shared by the builders and by `auto` selection.
export * from './parser';
export * from './substitute';
