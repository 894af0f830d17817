import type { ImageRecord } from './images.js';
export interface EnvKeys {
    artifactVersion: string;
    'git/commitId': string;
    'git/branch': string;
    'git/remoteUrl': string;
    'git/headCommitId': string;
    'git/dirty': boolean;
    'container/registryUrl': string;
    'container/imageNameTag': string;
    'container/imageNameTags': string[];
    'container/imageNames': string[];
    'container/imageDigest': string;
    'container/imageDigests': string[];
    'container/repositoryUsername': string;
    'container/repositoryPassword': string;
    'custom/dockerConfigJSON': string;
    'container/images': ImageRecord[];
    'promotion/registryUrl': string;
    'promotion/images': ImageRecord[];
    'gitops/commitId': string;
    'gitops/pullRequestUrl': string;
    'gitops/files': string[];
}
export type EnvKey = keyof EnvKeys;
/** How a key is stored: `string` as a plain file `<category>/<name>`, others as `<name>.json`. */
export type EnvKeyKind = 'string' | 'boolean' | 'string[]' | 'records';
export interface EnvKeySpec {
    kind: EnvKeyKind;
    description: string;
    /** Never exported (JSON output, job outputs) and never printed. */
    secret?: boolean;
    /** Written by Piper too; false for keys only ferry knows. */
    piper: boolean;
}
export declare const ENV_KEYS: {
    readonly [K in EnvKey]: EnvKeySpec;
};
export declare function isEnvKey(key: string): key is EnvKey;
/** Keys not declared here are treated as secret when their name says so (Piper writes custom keys). */
export declare function isSecretKey(key: string): boolean;
