// OCI image layout directories as a Repository store.
export * from './reference';
export * from './store';
