import type { Repository } from '../types.js';
import type { ManifestNode } from './plan.js';
export declare function writeManifest(target: Repository, reference: string, node: ManifestNode): Promise<string>;
