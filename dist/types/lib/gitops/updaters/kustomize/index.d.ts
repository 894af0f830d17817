import type { Updater } from '../types.js';
export declare const kustomizeUpdater: Updater;
