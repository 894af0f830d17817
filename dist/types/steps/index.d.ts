import { type AnyStep, type FoundStep, type StepCatalog } from '../lib/step/index.js';
import { build } from './build/index.js';
import { gitOpsUpdateDeployment } from './gitOpsUpdateDeployment/index.js';
import { imagePushToRegistry } from './imagePushToRegistry/index.js';
export { build, gitOpsUpdateDeployment, imagePushToRegistry };
export type { FoundStep };
/** Every step, in pipeline order. */
export declare const steps: {
    readonly build: import("../index.js").StepDefinition<{
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
    }>;
    readonly imagePushToRegistry: import("../index.js").StepDefinition<{
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
    }>;
    readonly gitOpsUpdateDeployment: import("../index.js").StepDefinition<{
        readonly branchName: {
            readonly type: "string";
            readonly description: "Branch of the GitOps repository to update.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: "master";
            readonly mandatory: true;
        };
        readonly commitMessage: {
            readonly type: "string";
            readonly description: "Commit message template: `{{image}}`, `{{digest}}`, `{{previous}}`, `{{files}}`, `{{sourceRevision}}`. By default it lists each image, old → new.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
        };
        readonly serverUrl: {
            readonly type: "string";
            readonly description: "URL of the GitOps repository (HTTP(S)).";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "githubServerUrl";
            }];
            readonly default: "https://github.com";
            readonly mandatory: true;
        };
        readonly forcePush: {
            readonly type: "boolean";
            readonly description: "Push even when the branch moved, with `--force-with-lease` so nobody else’s commit is lost silently.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: false;
        };
        readonly username: {
            readonly type: "string";
            readonly description: "User for git authentication.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly secret: true;
            readonly mandatory: true;
            readonly vault: {
                secretNameParam: string;
                defaultSecretName: string;
            };
        };
        readonly password: {
            readonly type: "string";
            readonly description: "Password or token for git authentication.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly secret: true;
            readonly mandatory: true;
            readonly vault: {
                secretNameParam: string;
                defaultSecretName: string;
            };
        };
        readonly filePath: {
            readonly type: "string";
            readonly description: "File(s) to update in the repository, relative to its root. Globs for manifests and kustomizations; for `tool: helm` the file the chart is rendered into.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly mandatory: true;
        };
        readonly containerName: {
            readonly type: "string";
            readonly description: "Name of the container whose image is updated (manifests). By default every container using the image.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
        };
        readonly containerRegistryUrl: {
            readonly type: "string";
            readonly description: "Registry of the image to deploy, with or without scheme.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "dockerRegistryUrl";
            }];
            readonly fromEnv: readonly ["promotion/registryUrl", "container/registryUrl"];
            readonly note: "Piper marks it mandatory; ferry takes the promoted (then the built) image from the pipeline environment first.";
        };
        readonly containerImageNameTag: {
            readonly type: "string";
            readonly description: "Image to deploy as `name:tag`, `name@sha256:…` or `name:tag@sha256:…`.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "image";
                readonly deprecated: true;
            }, {
                readonly name: "containerImage";
            }];
            readonly fromEnv: readonly ["container/imageNameTag"];
            readonly note: "Piper marks it mandatory; ferry takes the promoted (then the built) image from the pipeline environment first.";
        };
        readonly chartPath: {
            readonly type: "string";
            readonly description: "Helm chart to render with `helm template` (tool: helm).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "helmChartPath";
            }];
        };
        readonly helmValues: {
            readonly type: "string[]";
            readonly description: "Values files for `helm template` (`--values`), as files or URLs.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: readonly [];
        };
        readonly deploymentName: {
            readonly type: "string";
            readonly description: "Release name for `helm template`; for kustomize, the image name or alias in `images:`.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly aliases: readonly [{
                readonly name: "helmDeploymentName";
            }];
        };
        readonly tool: {
            readonly type: "string";
            readonly description: "Kind of deployment description: `kubectl` (manifests), `kustomize` (kustomization images) or `helm` (render a chart).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: "kubectl";
            readonly mandatory: true;
            readonly possibleValues: readonly ["kubectl", "kustomize", "helm"];
        };
        readonly customTlsCertificateLinks: {
            readonly type: "string[]";
            readonly description: "CA certificates (files or URLs) to trust for the git server.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: readonly [];
        };
        readonly gitHttpsCredentialVaultSecretName: {
            readonly type: "string";
            readonly description: "Name of the Vault secret holding username and password for git.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: "gitHttpsCredential";
        };
        readonly images: {
            readonly type: "string[]";
            readonly description: "Images to deploy in one commit (`name@sha256:…` or `name:tag`). By default the promoted images from the pipeline environment.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly note: "ferry only: Piper updates one image per run.";
        };
        readonly updater: {
            readonly type: "string";
            readonly description: "How files are edited: `auto` (from `tool` and the file), `manifest`, `kustomize`, `helm-values`, `setter` (marker comments), `argocd` (Argo CD Application sources and `.argocd-source-<app>.yaml`).";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: "auto";
            readonly possibleValues: readonly ["auto", "manifest", "kustomize", "helm-values", "setter", "argocd"];
            readonly note: "ferry only.";
        };
        readonly helmValuesImageKeys: {
            readonly type: "string[]";
            readonly description: "Where the images are in Helm values (and Argo CD Helm parameters): each a key path (`worker.image`), or the parts as Argo CD Image Updater names them, `image-name=PATH,image-tag=PATH[,image-digest=PATH][,image-registry=PATH]`. By default every image-like key is found.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: readonly [];
            readonly note: "ferry only.";
        };
        readonly referenceForm: {
            readonly type: "string";
            readonly description: "How the image is written: `digest` (`name@sha256:…`), `tag+digest` (`name:tag@sha256:…`) or `tag`.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: "digest";
            readonly possibleValues: readonly ["digest", "tag+digest", "tag"];
            readonly note: "ferry only: Piper writes the tag.";
        };
        readonly authorName: {
            readonly type: "string";
            readonly description: "Author and committer name of the commit; unset: the git username, as Piper commits.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly note: "ferry only.";
        };
        readonly authorEmail: {
            readonly type: "string";
            readonly description: "Author and committer e-mail of the commit; unset: empty, as Piper commits.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly note: "ferry only.";
        };
        readonly pullRequest: {
            readonly type: "boolean";
            readonly description: "Push to a branch `ferry/<stage>/<image>` and open (or update) a pull request instead of pushing to branchName.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly default: false;
            readonly note: "ferry only.";
        };
        readonly imagePullSecret: {
            readonly type: "string";
            readonly description: "Name of a Kubernetes image pull secret to set on the updated workloads.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly note: "ferry only.";
        };
        readonly maxPushAttempts: {
            readonly type: "number";
            readonly description: "Attempts in all (the first included) to push to a branch that other pipelines move meanwhile: each retry fetches the new head, applies the edit there again and pushes, after a jittered backoff. The default lets 20 pipelines race on one branch.";
            readonly scopes: readonly ["parameters", "stages", "steps"];
            readonly integer: true;
            readonly min: 1;
            readonly max: 100;
            readonly default: 20;
            readonly note: "ferry only.";
        };
        readonly allowInsecureHttp: {
            readonly type: "boolean";
            readonly description: "Send the git username and password over plain `http://` to a server that is not on loopback. Off by default: without TLS anyone on the path reads them. Prefer an `https://` serverUrl.";
            readonly scopes: readonly ["general", "parameters", "stages", "steps"];
            readonly default: false;
            readonly note: "ferry only: Piper has no such switch.";
        };
    }>;
};
export type StepName = keyof typeof steps;
export declare const stepList: readonly AnyStep[];
/** The catalog the CLI and the Action hand to config resolution, stages and the runner. */
export declare const catalog: StepCatalog;
/** Finds a step by its name or an alias (exact spelling); undefined when there is none. */
export declare function findStep(name: string): FoundStep | undefined;
/** Every name a step answers to: its own and its aliases. */
export declare function stepNames(): string[];
/** Like findStep, but an unknown name is a UsageError that suggests the nearest step name. */
export declare function requireStep(name: string): FoundStep;
