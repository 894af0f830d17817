export declare const gitOpsUpdateDeployment: import("../../index.js").StepDefinition<{
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
