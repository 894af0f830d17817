export * from './authenticator.js';
export * from './docker-config.js';
export * from './keychain.js';
export * from './step-credentials.js';
