// Registry authentication: a keychain of credentials per registry, and an authenticator per registry
// that answers Basic and Bearer (token-auth) challenges with cached, scoped tokens.
export * from './authenticator';
export * from './docker-config';
export * from './keychain';
export * from './step-credentials';
