// The demo: the whole chain, build → promote by digest → GitOps commit, on one machine with two
// embedded registries and a GitOps repository (`ferry demo` is in lib/cli/commands/demo.ts).
export {
  runDemo,
  findExampleApp,
  DEMO_STAGES,
  type DemoOptions,
  type DemoResult,
  type DemoImage,
} from './run';
export { startGitServer, type DemoGitServer, type GitServerOptions } from './git-server';
