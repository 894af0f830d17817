import type { EnvKey } from '../../lib/env/index.js';
import type { StepAlias } from '../../lib/step/index.js';
export declare const name = "imagePushToRegistry";
export declare const description = "Copies images from the staging registry to the target registry, digest intact, and records what it promoted.";
export declare const aliases: readonly StepAlias[];
export declare const params: {
    readonly sourceImages: {
        readonly type: "string[]";
        readonly description: "Names of the images to copy from the source registry; the first maps to the first of targetImages.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly fromEnv: readonly ["container/imageNames"];
        readonly note: "Piper marks it mandatory unless pushLocalDockerImage; ferry also accepts useImageNameTags (sourceImageNameTags) instead, so the step checks it.";
    };
    readonly sourceImageTag: {
        readonly type: "string";
        readonly description: "Tag of the source images.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly aliases: readonly [{
            readonly name: "artifactVersion";
        }, {
            readonly name: "containerImageTag";
        }];
        readonly fromEnv: readonly ["artifactVersion"];
        readonly note: "Piper marks it mandatory unless pushLocalDockerImage; ferry prefers the digest the build recorded, so the step checks it. A '+' becomes '-' (as Piper does), and the log says so.";
    };
    readonly sourceRegistryUrl: {
        readonly type: "string";
        readonly description: "URL of the registry to copy from, with or without scheme, e.g. `https://staging.example.com`.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly fromEnv: readonly ["container/registryUrl"];
        readonly mandatoryIf: readonly [{
            readonly param: "pushLocalDockerImage";
            readonly equals: false;
        }];
    };
    readonly sourceRegistryUser: {
        readonly type: "string";
        readonly description: "User for the source registry.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly secret: true;
        readonly fromEnv: readonly ["container/repositoryUsername"];
        readonly vault: {
            secretNameParam: string;
            defaultSecretName: string;
        };
        readonly note: "Piper marks it mandatory; ferry also pulls anonymously or with dockerConfigJSON.";
    };
    readonly sourceRegistryPassword: {
        readonly type: "string";
        readonly description: "Password for the source registry.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly secret: true;
        readonly fromEnv: readonly ["container/repositoryPassword"];
        readonly vault: {
            secretNameParam: string;
            defaultSecretName: string;
        };
        readonly note: "Piper marks it mandatory; ferry also pulls anonymously or with dockerConfigJSON.";
    };
    readonly targetRegistryUrl: {
        readonly type: "string";
        readonly description: "URL of the registry to copy to, with or without scheme, e.g. `https://registry.example.com`.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly mandatory: true;
    };
    readonly targetRegistryUser: {
        readonly type: "string";
        readonly description: "User for the target registry.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly secret: true;
        readonly vault: {
            secretNameParam: string;
            defaultSecretName: string;
        };
        readonly note: "Piper marks it mandatory; ferry also accepts the credentials of dockerConfigJSON.";
    };
    readonly targetRegistryPassword: {
        readonly type: "string";
        readonly description: "Password for the target registry.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly secret: true;
        readonly vault: {
            secretNameParam: string;
            defaultSecretName: string;
        };
        readonly note: "Piper marks it mandatory; ferry also accepts the credentials of dockerConfigJSON.";
    };
    readonly targetImages: {
        readonly type: "map";
        readonly description: "Target name for each source image (`source: target`). When empty, the source names are used.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly note: "Piper fails when targetImages and sourceImages differ in size; ferry requires an entry for each source image and ignores extra entries with a notice. A target name carries no tag.";
    };
    readonly targetImageTag: {
        readonly type: "string";
        readonly description: "Tag of the target images.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly aliases: readonly [{
            readonly name: "artifactVersion";
        }, {
            readonly name: "containerImageTag";
        }];
        readonly fromEnv: readonly ["artifactVersion"];
        readonly mandatoryIf: readonly [{
            readonly param: "tagLatest";
            readonly equals: false;
        }];
        readonly note: "A '+' becomes '-' (as Piper does), and the log says so. An explicit empty value means no version tag (then latest, see tagLatest).";
    };
    readonly useImageNameTags: {
        readonly type: "boolean";
        readonly description: "Copy sourceImageNameTags to targetImageNameTags instead of sourceImages and targetImages.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: false;
        readonly note: "Piper ignores targetArchitecture and tagLatest in this mode; ferry applies both.";
    };
    readonly sourceImageNameTags: {
        readonly type: "string[]";
        readonly description: "Images to copy as `name:tag`, as a build step records them. Used with useImageNameTags.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly fromEnv: readonly ["container/imageNameTags"];
    };
    readonly targetImageNameTags: {
        readonly type: "string[]";
        readonly description: "Target images as `name:tag`, one per source image. Used with useImageNameTags; defaults to sourceImageNameTags.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
    };
    readonly tagLatest: {
        readonly type: "boolean";
        readonly description: "Also tag the target images as `latest`. Without it, targetImageTag is mandatory.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: false;
    };
    readonly dockerConfigJSON: {
        readonly type: "string";
        readonly description: "Path of a Docker `config.json` with registry credentials. Read, never modified.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly secret: true;
        readonly fromEnv: readonly ["custom/dockerConfigJSON"];
        readonly vault: {
            readonly secretNameParam: "dockerConfigFileVaultSecretName";
            readonly defaultSecretName: "docker-config";
            readonly file: true;
        };
        readonly note: "Piper merges the credentials into /root/.docker/config.json; ferry only reads this file and writes nothing.";
    };
    readonly pushLocalDockerImage: {
        readonly type: "boolean";
        readonly description: "Push a local image (`docker save` tarball or OCI layout directory) instead of copying from a registry.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: false;
    };
    readonly localDockerImagePath: {
        readonly type: "string";
        readonly description: "A directory is read as an OCI image layout; a file as a `docker save` tarball.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly mandatoryIf: readonly [{
            readonly param: "pushLocalDockerImage";
            readonly equals: true;
        }];
    };
    readonly targetArchitecture: {
        readonly type: "string";
        readonly description: "Copy only this platform, `os/arch[/variant]` (e.g. `linux/amd64`). By default every platform of the index is copied.";
        readonly scopes: readonly ["parameters", "steps"];
        readonly note: "Piper's `:osversion` suffix is accepted and ignored. The target gets that platform's own manifest (its digest as the source index lists it, as crane copies it), recorded in promotion/images; a platform the source lacks is an error naming the ones it has.";
    };
    readonly disableHTTP2: {
        readonly type: "boolean";
        readonly description: "Talk HTTP/1.1 to the registries, never HTTP/2.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: false;
        readonly note: "Always honoured: ferry's registry transport speaks HTTP/1.1 only, so `true` changes nothing and `false` does not turn HTTP/2 on.";
    };
    readonly registryCredentialsVaultSecretName: {
        readonly type: "string";
        readonly description: "Name of the Vault secret holding the registry credentials (fields: the parameter names).";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: "docker-registry";
    };
    readonly dockerConfigFileVaultSecretName: {
        readonly type: "string";
        readonly description: "Name of the Vault secret holding a Docker config.json (field: dockerConfigJSON).";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: "docker-config";
    };
    readonly insecureRegistries: {
        readonly type: "string[]";
        readonly description: "Registries (`host[:port]`) reached over plain HTTP. Loopback registries are always allowed.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: readonly [];
        readonly note: "ferry only.";
    };
    readonly customTlsCertificateLinks: {
        readonly type: "string[]";
        readonly description: "CA certificates (PEM files, or http(s) URLs to download) trusted for the source and target registries, in addition to the system roots.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: readonly [];
        readonly note: "The name Piper's kanikoExecute uses; imagePushToRegistry in Piper has no such parameter.";
    };
    readonly jobs: {
        readonly type: "number";
        readonly description: "How many images are copied at the same time.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly integer: true;
        readonly min: 1;
        readonly max: 64;
        readonly default: 3;
        readonly note: "ferry only.";
    };
    readonly referrers: {
        readonly type: "boolean";
        readonly description: "Also copy the referrers of each image (signatures, SBOMs, attestations).";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: false;
        readonly note: "ferry only.";
    };
};
export declare const outputs: readonly EnvKey[];
export declare const metadata: {
    readonly name: "imagePushToRegistry";
    readonly description: "Copies images from the staging registry to the target registry, digest intact, and records what it promoted.";
    readonly aliases: readonly StepAlias[];
    readonly params: {
        readonly sourceImages: {
            readonly type: "string[]";
            readonly description: "Names of the images to copy from the source registry; the first maps to the first of targetImages.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly fromEnv: readonly ["container/imageNames"];
            readonly note: "Piper marks it mandatory unless pushLocalDockerImage; ferry also accepts useImageNameTags (sourceImageNameTags) instead, so the step checks it.";
        };
        readonly sourceImageTag: {
            readonly type: "string";
            readonly description: "Tag of the source images.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "artifactVersion";
            }, {
                readonly name: "containerImageTag";
            }];
            readonly fromEnv: readonly ["artifactVersion"];
            readonly note: "Piper marks it mandatory unless pushLocalDockerImage; ferry prefers the digest the build recorded, so the step checks it. A '+' becomes '-' (as Piper does), and the log says so.";
        };
        readonly sourceRegistryUrl: {
            readonly type: "string";
            readonly description: "URL of the registry to copy from, with or without scheme, e.g. `https://staging.example.com`.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly fromEnv: readonly ["container/registryUrl"];
            readonly mandatoryIf: readonly [{
                readonly param: "pushLocalDockerImage";
                readonly equals: false;
            }];
        };
        readonly sourceRegistryUser: {
            readonly type: "string";
            readonly description: "User for the source registry.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly secret: true;
            readonly fromEnv: readonly ["container/repositoryUsername"];
            readonly vault: {
                secretNameParam: string;
                defaultSecretName: string;
            };
            readonly note: "Piper marks it mandatory; ferry also pulls anonymously or with dockerConfigJSON.";
        };
        readonly sourceRegistryPassword: {
            readonly type: "string";
            readonly description: "Password for the source registry.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly secret: true;
            readonly fromEnv: readonly ["container/repositoryPassword"];
            readonly vault: {
                secretNameParam: string;
                defaultSecretName: string;
            };
            readonly note: "Piper marks it mandatory; ferry also pulls anonymously or with dockerConfigJSON.";
        };
        readonly targetRegistryUrl: {
            readonly type: "string";
            readonly description: "URL of the registry to copy to, with or without scheme, e.g. `https://registry.example.com`.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly mandatory: true;
        };
        readonly targetRegistryUser: {
            readonly type: "string";
            readonly description: "User for the target registry.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly secret: true;
            readonly vault: {
                secretNameParam: string;
                defaultSecretName: string;
            };
            readonly note: "Piper marks it mandatory; ferry also accepts the credentials of dockerConfigJSON.";
        };
        readonly targetRegistryPassword: {
            readonly type: "string";
            readonly description: "Password for the target registry.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly secret: true;
            readonly vault: {
                secretNameParam: string;
                defaultSecretName: string;
            };
            readonly note: "Piper marks it mandatory; ferry also accepts the credentials of dockerConfigJSON.";
        };
        readonly targetImages: {
            readonly type: "map";
            readonly description: "Target name for each source image (`source: target`). When empty, the source names are used.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly note: "Piper fails when targetImages and sourceImages differ in size; ferry requires an entry for each source image and ignores extra entries with a notice. A target name carries no tag.";
        };
        readonly targetImageTag: {
            readonly type: "string";
            readonly description: "Tag of the target images.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "artifactVersion";
            }, {
                readonly name: "containerImageTag";
            }];
            readonly fromEnv: readonly ["artifactVersion"];
            readonly mandatoryIf: readonly [{
                readonly param: "tagLatest";
                readonly equals: false;
            }];
            readonly note: "A '+' becomes '-' (as Piper does), and the log says so. An explicit empty value means no version tag (then latest, see tagLatest).";
        };
        readonly useImageNameTags: {
            readonly type: "boolean";
            readonly description: "Copy sourceImageNameTags to targetImageNameTags instead of sourceImages and targetImages.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: false;
            readonly note: "Piper ignores targetArchitecture and tagLatest in this mode; ferry applies both.";
        };
        readonly sourceImageNameTags: {
            readonly type: "string[]";
            readonly description: "Images to copy as `name:tag`, as a build step records them. Used with useImageNameTags.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly fromEnv: readonly ["container/imageNameTags"];
        };
        readonly targetImageNameTags: {
            readonly type: "string[]";
            readonly description: "Target images as `name:tag`, one per source image. Used with useImageNameTags; defaults to sourceImageNameTags.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
        };
        readonly tagLatest: {
            readonly type: "boolean";
            readonly description: "Also tag the target images as `latest`. Without it, targetImageTag is mandatory.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: false;
        };
        readonly dockerConfigJSON: {
            readonly type: "string";
            readonly description: "Path of a Docker `config.json` with registry credentials. Read, never modified.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly secret: true;
            readonly fromEnv: readonly ["custom/dockerConfigJSON"];
            readonly vault: {
                readonly secretNameParam: "dockerConfigFileVaultSecretName";
                readonly defaultSecretName: "docker-config";
                readonly file: true;
            };
            readonly note: "Piper merges the credentials into /root/.docker/config.json; ferry only reads this file and writes nothing.";
        };
        readonly pushLocalDockerImage: {
            readonly type: "boolean";
            readonly description: "Push a local image (`docker save` tarball or OCI layout directory) instead of copying from a registry.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: false;
        };
        readonly localDockerImagePath: {
            readonly type: "string";
            readonly description: "A directory is read as an OCI image layout; a file as a `docker save` tarball.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly mandatoryIf: readonly [{
                readonly param: "pushLocalDockerImage";
                readonly equals: true;
            }];
        };
        readonly targetArchitecture: {
            readonly type: "string";
            readonly description: "Copy only this platform, `os/arch[/variant]` (e.g. `linux/amd64`). By default every platform of the index is copied.";
            readonly scopes: readonly ["parameters", "steps"];
            readonly note: "Piper's `:osversion` suffix is accepted and ignored. The target gets that platform's own manifest (its digest as the source index lists it, as crane copies it), recorded in promotion/images; a platform the source lacks is an error naming the ones it has.";
        };
        readonly disableHTTP2: {
            readonly type: "boolean";
            readonly description: "Talk HTTP/1.1 to the registries, never HTTP/2.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: false;
            readonly note: "Always honoured: ferry's registry transport speaks HTTP/1.1 only, so `true` changes nothing and `false` does not turn HTTP/2 on.";
        };
        readonly registryCredentialsVaultSecretName: {
            readonly type: "string";
            readonly description: "Name of the Vault secret holding the registry credentials (fields: the parameter names).";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: "docker-registry";
        };
        readonly dockerConfigFileVaultSecretName: {
            readonly type: "string";
            readonly description: "Name of the Vault secret holding a Docker config.json (field: dockerConfigJSON).";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: "docker-config";
        };
        readonly insecureRegistries: {
            readonly type: "string[]";
            readonly description: "Registries (`host[:port]`) reached over plain HTTP. Loopback registries are always allowed.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: readonly [];
            readonly note: "ferry only.";
        };
        readonly customTlsCertificateLinks: {
            readonly type: "string[]";
            readonly description: "CA certificates (PEM files, or http(s) URLs to download) trusted for the source and target registries, in addition to the system roots.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: readonly [];
            readonly note: "The name Piper's kanikoExecute uses; imagePushToRegistry in Piper has no such parameter.";
        };
        readonly jobs: {
            readonly type: "number";
            readonly description: "How many images are copied at the same time.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly integer: true;
            readonly min: 1;
            readonly max: 64;
            readonly default: 3;
            readonly note: "ferry only.";
        };
        readonly referrers: {
            readonly type: "boolean";
            readonly description: "Also copy the referrers of each image (signatures, SBOMs, attestations).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: false;
            readonly note: "ferry only.";
        };
    };
    readonly outputs: readonly (keyof import("../../index.js").EnvKeys)[];
};
