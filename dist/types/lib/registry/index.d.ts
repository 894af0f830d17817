import type { Logger } from '../log/index.js';
export { RegistryHttpError, type OciErrorCode } from './errors.js';
export interface RegistryOptions {
    /** `host:port` to listen on; default `127.0.0.1:0` (a free port). */
    addr?: string;
    /** Storage directory; content survives restarts. Absent: in memory, gone when closed. */
    root?: string;
    /** Basic auth required on every request when set. */
    auth?: {
        username: string;
        password: string;
    };
    log?: Logger;
}
export interface EmbeddedRegistry {
    /** `http://host:port` */
    url: string;
    /** `host:port`, as in image references. */
    host: string;
    close(): Promise<void>;
}
export declare const DEFAULT_REGISTRY_ADDR = "127.0.0.1:0";
/** Splits `host:port` (`[::1]:port` for IPv6); throws a usage error naming the value. */
export declare function parseAddr(addr: string): {
    host: string;
    port: number;
};
export declare function startRegistry(options?: RegistryOptions): Promise<EmbeddedRegistry>;
