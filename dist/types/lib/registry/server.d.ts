import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log/index.js';
import { type RegistryStore } from './store.js';
export interface HandlerOptions {
    store: RegistryStore;
    auth?: {
        username: string;
        password: string;
    };
    log?: Logger;
}
export declare function createHandler(options: HandlerOptions): (request: IncomingMessage, response: ServerResponse) => void;
