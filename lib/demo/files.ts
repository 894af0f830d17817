// The files the demo writes: a Piper-format .pipeline/config.yml for the app and one Kubernetes
// Deployment per environment for the GitOps repository. Plain text, as a user would write them.

export const IMAGE_NAME = 'demo/hello';
export const GITOPS_REPOSITORY = 'deployments';
export const GITOPS_BRANCH = 'main';
export const ACCEPTANCE_FILE = 'manifests/acceptance/deployment.yaml';
export const PRODUCTION_FILE = 'manifests/production/deployment.yaml';
/** User names of the demo's servers. Secret parameters, so they are masked too: keep them distinctive. */
export const REGISTRY_USER = 'demo-registry-robot';
export const GIT_USER = 'demo-git-robot';

export interface DemoEndpoints {
  /** `http://127.0.0.1:port` of the staging registry (no auth). */
  stagingUrl: string;
  /** `http://127.0.0.1:port` of the target registry (Basic auth). */
  targetUrl: string;
  /** URL of the GitOps repository. */
  gitopsUrl: string;
}

/** The app's pipeline configuration. No password in it: those arrive as FERRY_<param> variables. */
export function pipelineConfig(endpoints: DemoEndpoints): string {
  return `# Written by \`ferry demo\`. Piper's format: the same file works with Project Piper.
general:
  containerRegistryUrl: ${endpoints.stagingUrl} # staging: build pushes here
steps:
  build:
    containerImageName: ${IMAGE_NAME}
  imagePushToRegistry:
    targetRegistryUrl: ${endpoints.targetUrl} # promotion target
    targetRegistryUser: ${REGISTRY_USER}
  gitOpsUpdateDeployment:
    serverUrl: ${endpoints.gitopsUrl}
    branchName: ${GITOPS_BRANCH}
    username: ${GIT_USER}
stages:
  Acceptance:
    filePath: ${ACCEPTANCE_FILE} # this stage deploys through its own file
`;
}

/** A Deployment of the app in one environment, running `image`. */
export function deploymentManifest(environment: string, image: string): string {
  return `# hello in ${environment}. The image line is written by ferry's gitOpsUpdateDeployment.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
  namespace: ${environment}
  labels:
    app: hello
spec:
  replicas: 2
  selector:
    matchLabels:
      app: hello
  template:
    metadata:
      labels:
        app: hello
    spec:
      containers:
        - name: hello
          image: ${image}
          ports:
            - containerPort: 8080
`;
}
