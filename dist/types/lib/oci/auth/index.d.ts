export * from './authenticator.js';
export * from './keychain.js';
export * from './step-credentials.js';
