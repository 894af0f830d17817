import type * as NodeCrypto from 'node:crypto';
import type * as NodeChildProcess from 'node:child_process';
type Crypto = typeof NodeCrypto;
type ChildProcess = typeof NodeChildProcess;
/** `node:crypto`, loaded on the first call. */
export declare function nodeCrypto(): Crypto;
/** `node:child_process`, loaded on the first call. */
export declare function nodeChildProcess(): ChildProcess;
/** True once `node:crypto` has been loaded here. */
export declare function cryptoLoaded(): boolean;
/**
 * Loads `node:crypto` on the next turn of the event loop, unless it is loaded by then: called when a
 * request is out whose answer will need it (a blob upload), so the load overlaps the wait for that
 * answer instead of coming after it.
 */
export declare function warmCrypto(): void;
export {};
