import type { EnvKey } from '../../lib/env/index.js';
import type { StepAlias } from '../../lib/step/index.js';
export declare const name = "build";
export declare const description = "Builds an image from a Dockerfile, pushes it to the staging registry and records it, by digest, in the pipeline environment.";
export declare const aliases: readonly StepAlias[];
export declare const params: {
    readonly builder: {
        readonly type: "string";
        readonly description: "Builder: `auto` (native when the Dockerfile needs no RUN, else buildah, docker, kaniko, by what is installed), `native`, `buildah`, `docker`, `kaniko` or `pack`.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: "auto";
        readonly possibleValues: readonly ["auto", "native", "buildah", "docker", "kaniko", "pack"];
        readonly note: "ferry only: Piper has one step per builder (kanikoExecute, cnbBuild); those names select kaniko and pack.";
    };
    readonly containerImageName: {
        readonly type: "string";
        readonly description: "Name (repository) of the image to build, e.g. `team/app`.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly aliases: readonly [{
            readonly name: "dockerImageName";
        }];
    };
    readonly containerImageTag: {
        readonly type: "string";
        readonly description: "Tag of the image. By default the artifact version, else the short git commit.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly aliases: readonly [{
            readonly name: "artifactVersion";
        }];
        readonly fromEnv: readonly ["artifactVersion"];
    };
    readonly containerImage: {
        readonly type: "string";
        readonly description: "Full name of the image, `registry/name:tag`; containerRegistryUrl, containerImageName and containerImageTag win.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly aliases: readonly [{
            readonly name: "containerImageNameAndTag";
            readonly deprecated: true;
        }];
    };
    readonly containerImageNameTags: {
        readonly type: "string[]";
        readonly description: "Several images to build and push as `name:tag`, instead of containerImageName and containerImageTag.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
    };
    readonly containerRegistryUrl: {
        readonly type: "string";
        readonly description: "Staging registry to push to, with or without scheme.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly aliases: readonly [{
            readonly name: "dockerRegistryUrl";
        }];
        readonly fromEnv: readonly ["container/registryUrl"];
    };
    readonly containerRegistryUser: {
        readonly type: "string";
        readonly description: "User for the staging registry.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly aliases: readonly [{
            readonly name: "dockerRegistryUser";
        }];
        readonly secret: true;
        readonly fromEnv: readonly ["container/repositoryUsername"];
        readonly vault: {
            secretNameParam: string;
            defaultSecretName: string;
        };
    };
    readonly containerRegistryPassword: {
        readonly type: "string";
        readonly description: "Password for the staging registry.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly aliases: readonly [{
            readonly name: "dockerRegistryPassword";
        }];
        readonly secret: true;
        readonly fromEnv: readonly ["container/repositoryPassword"];
        readonly vault: {
            secretNameParam: string;
            defaultSecretName: string;
        };
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
    };
    readonly dockerfilePath: {
        readonly type: "string";
        readonly description: "Dockerfile, relative to the workspace.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly aliases: readonly [{
            readonly name: "dockerfile";
        }];
        readonly default: "Dockerfile";
    };
    readonly buildContext: {
        readonly type: "string";
        readonly description: "Build context directory, relative to the workspace.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: ".";
        readonly note: "ferry only: kaniko builds from the workspace.";
    };
    readonly buildArgs: {
        readonly type: "map";
        readonly description: "Build arguments (`ARG`), `NAME: value`.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: {};
        readonly note: "ferry only.";
    };
    readonly target: {
        readonly type: "string";
        readonly description: "Stage of a multi-stage Dockerfile to build.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly note: "ferry only.";
    };
    readonly platforms: {
        readonly type: "string[]";
        readonly description: "Platforms to build, `os/arch[/variant]`; several make an index. By default the host platform.";
        readonly scopes: readonly ["parameters", "steps"];
        readonly aliases: readonly [{
            readonly name: "targetArchitectures";
        }];
        readonly default: readonly [];
        readonly note: "ferry only. Not read from general or stage sections: there `targetArchitectures` is golangBuild's.";
    };
    readonly labels: {
        readonly type: "map";
        readonly description: "Labels added to the image, after the OCI labels ferry sets from git.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: {};
        readonly note: "ferry only.";
    };
    readonly tagLatest: {
        readonly type: "boolean";
        readonly description: "Also push the image as `latest`.";
        readonly scopes: readonly ["parameters", "steps"];
        readonly default: false;
        readonly note: "ferry only. Not read from stage sections: there `tagLatest` is imagePushToRegistry's.";
    };
    readonly buildOptions: {
        readonly type: "string[]";
        readonly description: "Extra options passed to the builder (kaniko, buildah, docker, pack) as they are; the native builder honours `--build-arg`, `--target`, `--label`, `--platform`, `--insecure-registry`, accepts kaniko tuning options without effect and refuses others by name.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: readonly [];
        readonly note: "Piper's default for kanikoExecute (`--skip-tls-verify-pull`) is not ferry's: ferry verifies TLS unless a registry is listed as insecure.";
    };
    readonly containerMultiImageBuild: {
        readonly type: "boolean";
        readonly description: "Build every `**/Dockerfile*` in the build context, one image each: `Dockerfile` as containerImageName, `sub/Dockerfile` as `<containerImageName>-sub`, `Dockerfile_x` as `<containerImageName>-x`.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: false;
    };
    readonly containerMultiImageBuildExcludes: {
        readonly type: "string[]";
        readonly description: "Dockerfiles left out of containerMultiImageBuild: paths relative to the build context, as Piper compares them, or globs.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: readonly [];
    };
    readonly customTlsCertificateLinks: {
        readonly type: "string[]";
        readonly description: "CA certificates (files or URLs) to trust for the registries.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: readonly [];
    };
    readonly insecureRegistries: {
        readonly type: "string[]";
        readonly description: "Registries (`host[:port]`) reached over plain HTTP. Loopback registries are always allowed.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: readonly [];
        readonly note: "ferry only.";
    };
    readonly containerPreparationCommand: {
        readonly type: "string";
        readonly description: "Command Piper runs in the kaniko container before the build.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: "rm -f /kaniko/.docker/config.json";
        readonly notImplemented: "ferry never runs it: it keeps no credentials in the executor image.";
    };
    readonly readImageDigest: {
        readonly type: "boolean";
        readonly description: "Read the digest of the pushed image.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: false;
        readonly notImplemented: "ferry always records the digest the builder reports.";
    };
    readonly containerBuildOptions: {
        readonly type: "string";
        readonly description: "Deprecated in Piper: builder options as one string (`--label a=b`), split at spaces as Piper does; when set it replaces buildOptions.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly note: "Piper (kanikoExecute) splits it at single spaces and uses it instead of buildOptions; ferry does the same (empty pieces dropped) and warns that buildOptions is the current form.";
    };
    readonly multipleImages: {
        readonly type: "map[]";
        readonly description: "Several images from one repository, one entry each: `contextSubPath` (its directory in the build context), `dockerfilePath`, and `containerImageName` [+ `containerImageTag`] or a full `containerImage` (cnbBuild: `path`, `buildpacks`, …).";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly aliases: readonly [{
            readonly name: "images";
        }];
        readonly default: readonly [];
    };
    readonly containerMultiImageBuildTrimDir: {
        readonly type: "string";
        readonly description: "Leading directory cut from each Dockerfile path when naming the images of containerMultiImageBuild.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
    };
    readonly registryMirrors: {
        readonly type: "string[]";
        readonly description: "Mirrors to pull base images from before their own registry, tried in order: `host[:port][/path]` mirrors Docker Hub (kaniko --registry-mirror), `registry=host[/path]` another registry (kaniko --registry-map).";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: readonly [];
    };
    readonly createBOM: {
        readonly type: "boolean";
        readonly description: "Create an SPDX SBOM of each image (syft's when syft is installed, else ferry's: the image's files with checksums and its base) and attach it to the image as an OCI referrer.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: false;
        readonly note: "Piper writes CycloneDX files (bom-docker-N.xml) to the workspace; ferry attaches SPDX JSON to the image, where imagePushToRegistry promotes it with the image.";
    };
    readonly syftDownloadUrl: {
        readonly type: "string";
        readonly description: "Where Piper downloads syft from to create the SBOM.";
        readonly scopes: readonly ["parameters", "steps"];
        readonly default: "https://github.com/anchore/syft/releases/download/v1.44.0/syft_1.44.0_linux_amd64.tar.gz";
        readonly notImplemented: "ferry downloads nothing during a run; it uses syft when it is on the PATH.";
    };
    readonly createBuildArtifactsMetadata: {
        readonly type: "boolean";
        readonly description: "Piper's build-artifacts metadata for its reporting.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: false;
        readonly notImplemented: "ferry records every image in container/images instead.";
    };
    readonly buildSettingsInfo: {
        readonly type: "string";
        readonly description: "Piper's build settings record (JSON), read from the pipeline environment.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly fromEnv: readonly ["custom/buildSettingsInfo"];
        readonly notImplemented: "not used for the build.";
    };
    readonly containerImageAlias: {
        readonly type: "string";
        readonly description: "Logical name of the image in a multi-image build (cnbBuild).";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
    };
    readonly preBuildpacks: {
        readonly type: "string[]";
        readonly description: "Buildpacks to run before the others (cnbBuild).";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly fromEnv: readonly ["container/preBuildpacks"];
        readonly default: readonly [];
        readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
    };
    readonly postBuildpacks: {
        readonly type: "string[]";
        readonly description: "Buildpacks to run after the others (cnbBuild).";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly fromEnv: readonly ["container/postBuildpacks"];
        readonly default: readonly [];
        readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
    };
    readonly expandBuildEnvVars: {
        readonly type: "boolean";
        readonly description: "Expand environment variables in buildEnvVars (cnbBuild).";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: false;
        readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
    };
    readonly bindings: {
        readonly type: "object";
        readonly description: "Service bindings for the buildpacks (cnbBuild).";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: {};
        readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
    };
    readonly preserveFiles: {
        readonly type: "string[]";
        readonly description: "Files kept in the workspace after the build (cnbBuild).";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: readonly [];
        readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
    };
    readonly runImage: {
        readonly type: "string";
        readonly description: "Run image of the buildpacks build (cnbBuild).";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
    };
    readonly defaultProcess: {
        readonly type: "string";
        readonly description: "Default process type of the image (cnbBuild).";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
    };
    readonly buildpacks: {
        readonly type: "string[]";
        readonly description: "Buildpacks for the pack builder, `host/repo[:tag]`.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly fromEnv: readonly ["container/buildpacks"];
        readonly default: readonly [];
    };
    readonly buildEnvVars: {
        readonly type: "map";
        readonly description: "Environment variables for the pack builder.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: {};
    };
    readonly path: {
        readonly type: "string";
        readonly description: "Sources (directory or archive) for the pack builder.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
    };
    readonly projectDescriptor: {
        readonly type: "string";
        readonly description: "project.toml for the pack builder, relative to `path`.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: "project.toml";
    };
    readonly additionalTags: {
        readonly type: "string[]";
        readonly description: "More tags pushed besides containerImageTag, e.g. `latest`.";
        readonly scopes: readonly ["parameters", "stages", "steps"];
        readonly default: readonly [];
    };
    readonly registryCredentialsVaultSecretName: {
        readonly type: "string";
        readonly description: "Name of the Vault secret holding the staging registry credentials.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: "docker-registry";
    };
    readonly dockerConfigFileVaultSecretName: {
        readonly type: "string";
        readonly description: "Name of the Vault secret holding a Docker config.json (field: dockerConfigJSON).";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: "docker-config";
    };
};
export declare const outputs: readonly EnvKey[];
export declare const metadata: {
    readonly name: "build";
    readonly description: "Builds an image from a Dockerfile, pushes it to the staging registry and records it, by digest, in the pipeline environment.";
    readonly aliases: readonly StepAlias[];
    readonly params: {
        readonly builder: {
            readonly type: "string";
            readonly description: "Builder: `auto` (native when the Dockerfile needs no RUN, else buildah, docker, kaniko, by what is installed), `native`, `buildah`, `docker`, `kaniko` or `pack`.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: "auto";
            readonly possibleValues: readonly ["auto", "native", "buildah", "docker", "kaniko", "pack"];
            readonly note: "ferry only: Piper has one step per builder (kanikoExecute, cnbBuild); those names select kaniko and pack.";
        };
        readonly containerImageName: {
            readonly type: "string";
            readonly description: "Name (repository) of the image to build, e.g. `team/app`.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "dockerImageName";
            }];
        };
        readonly containerImageTag: {
            readonly type: "string";
            readonly description: "Tag of the image. By default the artifact version, else the short git commit.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "artifactVersion";
            }];
            readonly fromEnv: readonly ["artifactVersion"];
        };
        readonly containerImage: {
            readonly type: "string";
            readonly description: "Full name of the image, `registry/name:tag`; containerRegistryUrl, containerImageName and containerImageTag win.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "containerImageNameAndTag";
                readonly deprecated: true;
            }];
        };
        readonly containerImageNameTags: {
            readonly type: "string[]";
            readonly description: "Several images to build and push as `name:tag`, instead of containerImageName and containerImageTag.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
        };
        readonly containerRegistryUrl: {
            readonly type: "string";
            readonly description: "Staging registry to push to, with or without scheme.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "dockerRegistryUrl";
            }];
            readonly fromEnv: readonly ["container/registryUrl"];
        };
        readonly containerRegistryUser: {
            readonly type: "string";
            readonly description: "User for the staging registry.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "dockerRegistryUser";
            }];
            readonly secret: true;
            readonly fromEnv: readonly ["container/repositoryUsername"];
            readonly vault: {
                secretNameParam: string;
                defaultSecretName: string;
            };
        };
        readonly containerRegistryPassword: {
            readonly type: "string";
            readonly description: "Password for the staging registry.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "dockerRegistryPassword";
            }];
            readonly secret: true;
            readonly fromEnv: readonly ["container/repositoryPassword"];
            readonly vault: {
                secretNameParam: string;
                defaultSecretName: string;
            };
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
        };
        readonly dockerfilePath: {
            readonly type: "string";
            readonly description: "Dockerfile, relative to the workspace.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "dockerfile";
            }];
            readonly default: "Dockerfile";
        };
        readonly buildContext: {
            readonly type: "string";
            readonly description: "Build context directory, relative to the workspace.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: ".";
            readonly note: "ferry only: kaniko builds from the workspace.";
        };
        readonly buildArgs: {
            readonly type: "map";
            readonly description: "Build arguments (`ARG`), `NAME: value`.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: {};
            readonly note: "ferry only.";
        };
        readonly target: {
            readonly type: "string";
            readonly description: "Stage of a multi-stage Dockerfile to build.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly note: "ferry only.";
        };
        readonly platforms: {
            readonly type: "string[]";
            readonly description: "Platforms to build, `os/arch[/variant]`; several make an index. By default the host platform.";
            readonly scopes: readonly ["parameters", "steps"];
            readonly aliases: readonly [{
                readonly name: "targetArchitectures";
            }];
            readonly default: readonly [];
            readonly note: "ferry only. Not read from general or stage sections: there `targetArchitectures` is golangBuild's.";
        };
        readonly labels: {
            readonly type: "map";
            readonly description: "Labels added to the image, after the OCI labels ferry sets from git.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: {};
            readonly note: "ferry only.";
        };
        readonly tagLatest: {
            readonly type: "boolean";
            readonly description: "Also push the image as `latest`.";
            readonly scopes: readonly ["parameters", "steps"];
            readonly default: false;
            readonly note: "ferry only. Not read from stage sections: there `tagLatest` is imagePushToRegistry's.";
        };
        readonly buildOptions: {
            readonly type: "string[]";
            readonly description: "Extra options passed to the builder (kaniko, buildah, docker, pack) as they are; the native builder honours `--build-arg`, `--target`, `--label`, `--platform`, `--insecure-registry`, accepts kaniko tuning options without effect and refuses others by name.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: readonly [];
            readonly note: "Piper's default for kanikoExecute (`--skip-tls-verify-pull`) is not ferry's: ferry verifies TLS unless a registry is listed as insecure.";
        };
        readonly containerMultiImageBuild: {
            readonly type: "boolean";
            readonly description: "Build every `**/Dockerfile*` in the build context, one image each: `Dockerfile` as containerImageName, `sub/Dockerfile` as `<containerImageName>-sub`, `Dockerfile_x` as `<containerImageName>-x`.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: false;
        };
        readonly containerMultiImageBuildExcludes: {
            readonly type: "string[]";
            readonly description: "Dockerfiles left out of containerMultiImageBuild: paths relative to the build context, as Piper compares them, or globs.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: readonly [];
        };
        readonly customTlsCertificateLinks: {
            readonly type: "string[]";
            readonly description: "CA certificates (files or URLs) to trust for the registries.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: readonly [];
        };
        readonly insecureRegistries: {
            readonly type: "string[]";
            readonly description: "Registries (`host[:port]`) reached over plain HTTP. Loopback registries are always allowed.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: readonly [];
            readonly note: "ferry only.";
        };
        readonly containerPreparationCommand: {
            readonly type: "string";
            readonly description: "Command Piper runs in the kaniko container before the build.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: "rm -f /kaniko/.docker/config.json";
            readonly notImplemented: "ferry never runs it: it keeps no credentials in the executor image.";
        };
        readonly readImageDigest: {
            readonly type: "boolean";
            readonly description: "Read the digest of the pushed image.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: false;
            readonly notImplemented: "ferry always records the digest the builder reports.";
        };
        readonly containerBuildOptions: {
            readonly type: "string";
            readonly description: "Deprecated in Piper: builder options as one string (`--label a=b`), split at spaces as Piper does; when set it replaces buildOptions.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly note: "Piper (kanikoExecute) splits it at single spaces and uses it instead of buildOptions; ferry does the same (empty pieces dropped) and warns that buildOptions is the current form.";
        };
        readonly multipleImages: {
            readonly type: "map[]";
            readonly description: "Several images from one repository, one entry each: `contextSubPath` (its directory in the build context), `dockerfilePath`, and `containerImageName` [+ `containerImageTag`] or a full `containerImage` (cnbBuild: `path`, `buildpacks`, …).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "images";
            }];
            readonly default: readonly [];
        };
        readonly containerMultiImageBuildTrimDir: {
            readonly type: "string";
            readonly description: "Leading directory cut from each Dockerfile path when naming the images of containerMultiImageBuild.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
        };
        readonly registryMirrors: {
            readonly type: "string[]";
            readonly description: "Mirrors to pull base images from before their own registry, tried in order: `host[:port][/path]` mirrors Docker Hub (kaniko --registry-mirror), `registry=host[/path]` another registry (kaniko --registry-map).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: readonly [];
        };
        readonly createBOM: {
            readonly type: "boolean";
            readonly description: "Create an SPDX SBOM of each image (syft's when syft is installed, else ferry's: the image's files with checksums and its base) and attach it to the image as an OCI referrer.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: false;
            readonly note: "Piper writes CycloneDX files (bom-docker-N.xml) to the workspace; ferry attaches SPDX JSON to the image, where imagePushToRegistry promotes it with the image.";
        };
        readonly syftDownloadUrl: {
            readonly type: "string";
            readonly description: "Where Piper downloads syft from to create the SBOM.";
            readonly scopes: readonly ["parameters", "steps"];
            readonly default: "https://github.com/anchore/syft/releases/download/v1.44.0/syft_1.44.0_linux_amd64.tar.gz";
            readonly notImplemented: "ferry downloads nothing during a run; it uses syft when it is on the PATH.";
        };
        readonly createBuildArtifactsMetadata: {
            readonly type: "boolean";
            readonly description: "Piper's build-artifacts metadata for its reporting.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: false;
            readonly notImplemented: "ferry records every image in container/images instead.";
        };
        readonly buildSettingsInfo: {
            readonly type: "string";
            readonly description: "Piper's build settings record (JSON), read from the pipeline environment.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly fromEnv: readonly ["custom/buildSettingsInfo"];
            readonly notImplemented: "not used for the build.";
        };
        readonly containerImageAlias: {
            readonly type: "string";
            readonly description: "Logical name of the image in a multi-image build (cnbBuild).";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
        };
        readonly preBuildpacks: {
            readonly type: "string[]";
            readonly description: "Buildpacks to run before the others (cnbBuild).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly fromEnv: readonly ["container/preBuildpacks"];
            readonly default: readonly [];
            readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
        };
        readonly postBuildpacks: {
            readonly type: "string[]";
            readonly description: "Buildpacks to run after the others (cnbBuild).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly fromEnv: readonly ["container/postBuildpacks"];
            readonly default: readonly [];
            readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
        };
        readonly expandBuildEnvVars: {
            readonly type: "boolean";
            readonly description: "Expand environment variables in buildEnvVars (cnbBuild).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: false;
            readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
        };
        readonly bindings: {
            readonly type: "object";
            readonly description: "Service bindings for the buildpacks (cnbBuild).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: {};
            readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
        };
        readonly preserveFiles: {
            readonly type: "string[]";
            readonly description: "Files kept in the workspace after the build (cnbBuild).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: readonly [];
            readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
        };
        readonly runImage: {
            readonly type: "string";
            readonly description: "Run image of the buildpacks build (cnbBuild).";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
        };
        readonly defaultProcess: {
            readonly type: "string";
            readonly description: "Default process type of the image (cnbBuild).";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly notImplemented: "a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.";
        };
        readonly buildpacks: {
            readonly type: "string[]";
            readonly description: "Buildpacks for the pack builder, `host/repo[:tag]`.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly fromEnv: readonly ["container/buildpacks"];
            readonly default: readonly [];
        };
        readonly buildEnvVars: {
            readonly type: "map";
            readonly description: "Environment variables for the pack builder.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: {};
        };
        readonly path: {
            readonly type: "string";
            readonly description: "Sources (directory or archive) for the pack builder.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
        };
        readonly projectDescriptor: {
            readonly type: "string";
            readonly description: "project.toml for the pack builder, relative to `path`.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: "project.toml";
        };
        readonly additionalTags: {
            readonly type: "string[]";
            readonly description: "More tags pushed besides containerImageTag, e.g. `latest`.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: readonly [];
        };
        readonly registryCredentialsVaultSecretName: {
            readonly type: "string";
            readonly description: "Name of the Vault secret holding the staging registry credentials.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: "docker-registry";
        };
        readonly dockerConfigFileVaultSecretName: {
            readonly type: "string";
            readonly description: "Name of the Vault secret holding a Docker config.json (field: dockerConfigJSON).";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: "docker-config";
        };
    };
    readonly outputs: readonly (keyof import("../../index.js").EnvKeys)[];
};
