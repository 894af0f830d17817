// Node built-ins that a short command loads only when it uses them. Loading `node:crypto` is ~7 ms of
// a process on Node 24 (its module graph, and the algorithm lists it asks OpenSSL for), and
// `node:child_process` ~3 ms; a `ferry copy` that finds its target up to date hashes one manifest and
// never starts a process. process.getBuiltinModule, not import(): the one-command CLI bundles run
// through vm.Script on Node 20, where a dynamic import has no loader.

import type * as NodeCrypto from 'node:crypto';
import type * as NodeChildProcess from 'node:child_process';

type Crypto = typeof NodeCrypto;
type ChildProcess = typeof NodeChildProcess;

let crypto: Crypto | undefined;
let childProcess: ChildProcess | undefined;

/** `node:crypto`, loaded on the first call. */
export function nodeCrypto(): Crypto {
  return (crypto ??= process.getBuiltinModule('node:crypto'));
}

/** `node:child_process`, loaded on the first call. */
export function nodeChildProcess(): ChildProcess {
  return (childProcess ??= process.getBuiltinModule('node:child_process'));
}

/** True once `node:crypto` has been loaded here. */
export function cryptoLoaded(): boolean {
  return crypto !== undefined;
}

let warming = false;

/**
 * Loads `node:crypto` on the next turn of the event loop, unless it is loaded by then: called when a
 * request is out whose answer will need it (a blob upload), so the load overlaps the wait for that
 * answer instead of coming after it.
 */
export function warmCrypto(): void {
  if (crypto || warming) return;
  warming = true;
  setImmediate(() => void nodeCrypto());
}
