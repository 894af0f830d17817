// Keys Piper accepts in any step's section that ferry has no use for: the container ("context")
// parameters every Piper step takes (pkg/config/stepmeta.go GetContextParameterFilters) and Piper's
// general settings. They never stop ferry; setting one warns once that ferry ignores it.

/** Piper's context parameters: the container and sidecar a step runs in. ferry runs steps natively. */
export const PIPER_CONTEXT_KEYS: ReadonlySet<string> = new Set([
  'containerCommand',
  'containerShell',
  'dockerEnvVars',
  'dockerEnvInherit',
  'dockerImage',
  'dockerName',
  'dockerOptions',
  'dockerPullImage',
  'dockerVolumeBind',
  'dockerWorkspace',
  'dockerRegistryCredentialsId',
  'containerPortMappings',
  'sidecarEnvVars',
  'sidecarImage',
  'sidecarName',
  'sidecarOptions',
  'sidecarPullImage',
  'sidecarReadyCommand',
  'sidecarVolumeBind',
  'sidecarWorkspace',
  'stashContent',
]);

/** Piper settings of the run itself (telemetry, logging, hooks, Jenkins), accepted in any section. */
export const PIPER_RUN_KEYS: ReadonlySet<string> = new Set([
  'collectTelemetryData',
  'noTelemetry',
  'logFormat',
  'buildTool',
  'productiveBranch',
  'gitHttpsCredentialsId',
  'gitSshKeyCredentialsId',
  'githubApiUrl',
  'githubOrg',
  'githubRepo',
  'githubTokenCredentialsId',
  'owner',
  'repository',
  'nativeBuild',
  'pipelineOptimization',
  'vaultRootPaths',
  'vaultAppRoleSecreId',
]);

/** True for a key every Piper step accepts that ferry ignores. */
export function isPiperContextKey(key: string): boolean {
  return PIPER_CONTEXT_KEYS.has(key) || PIPER_RUN_KEYS.has(key);
}
