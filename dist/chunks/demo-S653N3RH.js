const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import "./chunk-C4QDLUER.js";
import "./chunk-GFFDOG37.js";
import {
  basicAuthMatches,
  startRegistry
} from "./chunk-VNUTHRRN.js";
import {
  say
} from "./chunk-CXIF5CUK.js";
import {
  failureMessage,
  runStage
} from "./chunk-4AXQKOEB.js";
import "./chunk-MFJDS4RC.js";
import {
  exec
} from "./chunk-MXX67E6I.js";
import {
  STAGES
} from "./chunk-HNBCAF7I.js";
import {
  closedOptions,
  enabled,
  parseArgs,
  single,
  unexpectedArgument
} from "./chunk-6AIOAQ5K.js";
import "./chunk-I22EZAHI.js";
import {
  catalog
} from "./chunk-YPI3CE7V.js";
import {
  PipelineEnvironment,
  readPromotedImages,
  referenceOf
} from "./chunk-6QWMKVMJ.js";
import {
  createKeychain,
  createRegistryClient
} from "./chunk-55K4AF6Q.js";
import "./chunk-YG2JLHQD.js";
import "./chunk-CYNXPD3H.js";
import "./chunk-F7STDRLI.js";
import "./chunk-SA635VBW.js";
import {
  parseReference
} from "./chunk-TCHB576X.js";
import "./chunk-YZFBVT3Z.js";
import "./chunk-4EWSLH6K.js";
import "./chunk-TMQRFWOI.js";
import "./chunk-FJHZMGUF.js";
import {
  FerryError,
  errorMessage,
  exitCodeOf
} from "./chunk-ZTYGLEFB.js";

// lib/cli/commands/demo.ts
import { resolve } from "node:path";

// lib/demo/run.ts
import { randomBytes } from "node:crypto";
import { constants, access, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// lib/demo/files.ts
var IMAGE_NAME = "demo/hello";
var GITOPS_REPOSITORY = "deployments";
var GITOPS_BRANCH = "main";
var ACCEPTANCE_FILE = "manifests/acceptance/deployment.yaml";
var PRODUCTION_FILE = "manifests/production/deployment.yaml";
var REGISTRY_USER = "demo-registry-robot";
var GIT_USER = "demo-git-robot";
function pipelineConfig(endpoints) {
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
function deploymentManifest(environment, image) {
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

// lib/demo/git-server.ts
import { spawn } from "node:child_process";
import { createServer } from "node:http";
function splitCgiHeaders(buffer) {
  const crlf = buffer.indexOf("\r\n\r\n");
  const lf = buffer.indexOf("\n\n");
  if (crlf >= 0 && (lf < 0 || crlf < lf))
    return { headers: buffer.subarray(0, crlf).toString("latin1"), body: buffer.subarray(crlf + 4) };
  if (lf >= 0) return { headers: buffer.subarray(0, lf).toString("latin1"), body: buffer.subarray(lf + 2) };
  return void 0;
}
function serveGitHttpBackend(options, req, res) {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const env = {
    PATH: options.path,
    HOME: options.root,
    GIT_PROJECT_ROOT: options.root,
    GIT_HTTP_EXPORT_ALL: "1",
    GIT_CONFIG_NOSYSTEM: "1",
    REQUEST_METHOD: req.method ?? "GET",
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: req.headers["content-type"] ?? "",
    REMOTE_USER: options.user,
    REMOTE_ADDR: "127.0.0.1"
  };
  if (req.headers["content-length"] !== void 0) env.CONTENT_LENGTH = req.headers["content-length"];
  if (req.headers["content-encoding"] !== void 0)
    env.HTTP_CONTENT_ENCODING = req.headers["content-encoding"];
  const protocol = req.headers["git-protocol"];
  if (typeof protocol === "string") env.GIT_PROTOCOL = protocol;
  const child = spawn("git", ["http-backend"], { env, stdio: ["pipe", "pipe", "pipe"] });
  req.pipe(child.stdin);
  child.stdin.on("error", () => {
  });
  let head = Buffer.alloc(0);
  let headersSent = false;
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk.toString("utf8");
  });
  child.stdout.on("data", (chunk) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const split = splitCgiHeaders(head);
    if (!split) return;
    let status = 200;
    for (const line of split.headers.split(/\r?\n/)) {
      const colon = line.indexOf(":");
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === "status") status = Number.parseInt(value, 10) || 500;
      else res.setHeader(name, value);
    }
    res.statusCode = status;
    headersSent = true;
    if (split.body.length > 0) res.write(split.body);
  });
  child.on("close", (code) => {
    if (!headersSent) {
      res.statusCode = 500;
      res.end(`git http-backend exited with ${code}: ${stderr}`);
      return;
    }
    res.end();
  });
  child.on("error", (error) => {
    if (!res.headersSent) res.statusCode = 500;
    res.end(`git http-backend could not start: ${error.message}`);
  });
}
async function startGitServer(options) {
  const server = createServer((req, res) => {
    if (!basicAuthMatches(req.headers.authorization, options.auth)) {
      req.resume();
      res.statusCode = 401;
      res.setHeader("WWW-Authenticate", 'Basic realm="ferry demo git"');
      res.end("authentication required\n");
      return;
    }
    serveGitHttpBackend({ root: options.root, user: options.auth.username, path: options.path }, req, res);
  });
  await new Promise((resolve2, reject) => {
    server.once(
      "error",
      (error) => reject(
        new FerryError(`Starting the demo git server failed: ${error.message}.`, {
          code: "NETWORK",
          cause: error
        })
      )
    );
    server.listen(0, "127.0.0.1", resolve2);
  });
  const address = server.address();
  if (address === null || typeof address === "string")
    throw new FerryError("Starting the demo git server failed: no TCP address.", { code: "NETWORK" });
  const { port } = address;
  let closed;
  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      closed ??= new Promise((resolve2) => {
        server.close(() => resolve2());
        server.closeAllConnections();
      });
      return closed;
    }
  };
}

// lib/demo/run.ts
var DEMO_STAGES = ["Build", "Acceptance"];
var DemoError = class extends FerryError {
  constructor(message, options = {}) {
    super(message, options.usage ? { code: "USAGE", usage: true } : { code: "STEP_FAILED" });
  }
};
async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
async function findOnPath(name, path) {
  for (const dir of path.split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
var GIT_MISSING = "git was not found on PATH; the demo serves its GitOps repository with git http-backend and commits with git. Install git (Debian/Ubuntu: apt-get install -y git; macOS: xcode-select --install) and run it again.";
async function findExampleApp() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(dir, "examples", "hello");
    if (await exists(join(candidate, "Dockerfile"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return void 0;
}
function generatePassword() {
  return randomBytes(24).toString("base64url");
}
function hostOf(url) {
  return new URL(url).host;
}
async function runDemo(options) {
  const started = performance.now();
  const { log } = options;
  const baseExec = options.exec ?? exec;
  const exec2 = (command, args, execOptions) => baseExec(command, args, {
    ...options.environment ? { environment: options.environment } : {},
    ...execOptions
  });
  if (await findOnPath("git", options.path) === void 0)
    return { exitCode: 2, failure: GIT_MISSING, workDir: "", listened: [], seconds: 0 };
  const print = (line) => options.print(log.mask(line));
  const workDir = await mkdtemp(join(tmpdir(), "ferry-demo-"));
  const result = { exitCode: 0, workDir, listened: [], seconds: 0 };
  const closers = [];
  const registryPassword = generatePassword();
  const gitPassword = generatePassword();
  log.addSecret(registryPassword);
  log.secrets.addBasicAuth(REGISTRY_USER, registryPassword);
  log.addSecret(gitPassword);
  log.secrets.addBasicAuth(GIT_USER, gitPassword);
  const home = join(workDir, "home");
  const gitEnv = {
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_AUTHOR_NAME: "ferry demo",
    GIT_AUTHOR_EMAIL: "demo@ferry.invalid",
    GIT_COMMITTER_NAME: "ferry demo",
    GIT_COMMITTER_EMAIL: "demo@ferry.invalid"
  };
  const git = async (args, cwd) => (await exec2("git", args, { env: gitEnv, ...cwd ? { cwd } : {} })).stdout;
  try {
    const appSource = options.appDir ?? await findExampleApp();
    if (appSource === void 0 || !await exists(join(appSource, "Dockerfile")))
      throw new DemoError(
        `no app to build: ${appSource ? `${appSource} has no Dockerfile` : "examples/hello was not found next to ferry"}. Run it from a ferry checkout (npm run demo) or pass --app DIR.`,
        { usage: true }
      );
    await mkdir(home, { recursive: true });
    const staging = await startRegistry({ log });
    closers.push(() => staging.close());
    const target = await startRegistry({
      auth: { username: REGISTRY_USER, password: registryPassword },
      log
    });
    closers.push(() => target.close());
    const repos = join(workDir, "git");
    await mkdir(repos, { recursive: true });
    const gitServer = await startGitServer({
      root: repos,
      auth: { username: GIT_USER, password: gitPassword },
      path: options.path
    });
    closers.push(() => gitServer.close());
    result.listened.push(staging.host, target.host, hostOf(gitServer.url));
    const gitopsUrl = `${gitServer.url}/${GITOPS_REPOSITORY}.git`;
    print("ferry demo: build an image, promote it by digest, deploy it through GitOps. All on this machine.");
    print(`  workspace         ${workDir}`);
    print(`  staging registry  ${staging.url} (embedded, anonymous)`);
    print(`  target registry   ${target.url} (embedded, Basic auth, generated password)`);
    print(`  GitOps repository ${gitopsUrl} (git http-backend, Basic auth, generated password)`);
    const previous = `${target.host}/${IMAGE_NAME}:0.9.0`;
    const bare = join(repos, `${GITOPS_REPOSITORY}.git`);
    const seed = join(workDir, "gitops-seed");
    await git(["init", "-q", "--bare", "-b", GITOPS_BRANCH, bare]);
    await git(["init", "-q", "-b", GITOPS_BRANCH, seed]);
    for (const [file, environment] of [
      [ACCEPTANCE_FILE, "acceptance"],
      [PRODUCTION_FILE, "production"]
    ]) {
      await mkdir(dirname(join(seed, file)), { recursive: true });
      await writeFile(join(seed, file), deploymentManifest(environment, previous));
    }
    await git(["add", "-A"], seed);
    await git(["commit", "-q", "-m", "hello 0.9.0 in acceptance and production"], seed);
    await git(["push", "-q", bare, `HEAD:refs/heads/${GITOPS_BRANCH}`], seed);
    await rm(seed, { recursive: true, force: true });
    const app = join(workDir, "app");
    await cp(appSource, app, { recursive: true });
    await mkdir(join(app, ".pipeline"), { recursive: true });
    await writeFile(
      join(app, ".pipeline", "config.yml"),
      pipelineConfig({ stagingUrl: staging.url, targetUrl: target.url, gitopsUrl })
    );
    await git(["init", "-q", "-b", "main"], app);
    await git(["add", "-A"], app);
    await git(["commit", "-q", "-m", "hello: first version"], app);
    print(`  app               ${appSource} (copied to ${app}, with .pipeline/config.yml)`);
    const vars = { FERRY_targetRegistryPassword: registryPassword, FERRY_password: gitPassword };
    for (const stage of DEMO_STAGES) {
      print("");
      const report = await runStage(stage, {
        workspace: app,
        catalog: options.catalog,
        stages: options.stages,
        vars,
        ...options.environment ? { environment: options.environment } : {},
        log,
        ...options.signal ? { signal: options.signal } : {}
      });
      if (report.error !== void 0) {
        const failed = report.outcomes.find((o) => o.status === "failed");
        result.exitCode = exitCodeOf(report.error);
        result.failure = `stage ${stage} failed: ${failed ? failureMessage(failed) : errorMessage(report.error)}`;
        return result;
      }
    }
    await readBack(result, {
      app,
      stagingHost: staging.host,
      targetHost: target.host,
      registryPassword,
      log
    });
    const commit = result.commit ?? "";
    result.diff = await git(["--git-dir", bare, "show", "--format=", "--unified=0", "--no-color", commit]);
    const subject = (await git(["--git-dir", bare, "log", "-1", "--format=%s", commit])).trim();
    checkDiff(result.diff);
    print("");
    print("What happened");
    const { built, staging: atStaging, target: atTarget } = result;
    if (built && atStaging && atTarget) {
      const width = Math.max(built.reference.length, atStaging.reference.length, atTarget.reference.length);
      print(`  built    ${built.reference.padEnd(width)}  ${built.digest}  (recorded by build)`);
      print(`  staging  ${atStaging.reference.padEnd(width)}  ${atStaging.digest}  (read back)`);
      print(`  target   ${atTarget.reference.padEnd(width)}  ${atTarget.digest}  (read back)`);
      print("  same digest at both registries: yes");
    }
    print(`  GitOps commit ${commit} on ${GITOPS_BRANCH}: ${subject}`);
    for (const line of result.diff.trimEnd().split("\n"))
      if (!/^(diff --git|index) /.test(line)) print(`    ${line}`);
    return result;
  } catch (error) {
    result.exitCode = exitCodeOf(error);
    result.failure = error instanceof DemoError ? error.message : errorMessage(error);
    return result;
  } finally {
    await Promise.allSettled(closers.reverse().map((close) => close()));
    if (!options.keep) await rm(workDir, { recursive: true, force: true });
    result.seconds = (performance.now() - started) / 1e3;
  }
}
async function readBack(result, options) {
  const env = await PipelineEnvironment.load(options.app);
  const nameTag = env.get("container/imageNameTag");
  const builtDigest = env.get("container/imageDigest");
  const promoted = readPromotedImages(env)[0];
  const targetReference = promoted ? referenceOf({
    registry: promoted.target.registry,
    repository: promoted.target.repository,
    tags: promoted.target.tags
  }).toString() : void 0;
  const commit = env.get("gitops/commitId");
  if (!nameTag || !builtDigest || !targetReference || !commit)
    throw new DemoError(
      "the stages succeeded but the pipeline environment lacks container/imageNameTag, container/imageDigest, promotion/images or gitops/commitId. This is a bug in ferry; please report it."
    );
  result.built = { reference: `${options.stagingHost}/${nameTag}`, digest: builtDigest };
  result.commit = commit;
  const client = createRegistryClient({
    keychain: createKeychain({
      credentials: { [options.targetHost]: { username: REGISTRY_USER, password: options.registryPassword } },
      secrets: options.log.secrets
    }),
    secrets: options.log.secrets,
    log: options.log
  });
  try {
    const digestAt = async (text) => {
      const reference = parseReference(text);
      const { descriptor } = await client.repository(reference).manifestGet(reference.identifier);
      return { reference: text, digest: descriptor.digest };
    };
    result.staging = await digestAt(result.built.reference);
    result.target = await digestAt(targetReference);
  } finally {
    await client.close();
  }
  if (result.staging.digest !== builtDigest || result.target.digest !== builtDigest)
    throw new DemoError(
      `digests differ: built ${builtDigest}, staging ${result.staging.digest}, target ${result.target.digest}. This is a bug in ferry; please report it.`
    );
}
function checkDiff(diff) {
  const changed = diff.split("\n").filter((line) => /^[-+]/.test(line) && !line.startsWith("---") && !line.startsWith("+++"));
  const files = diff.split("\n").filter((line) => line.startsWith("+++ "));
  const onlyImage = changed.length === 2 && changed.every((line) => /^[-+]\s+image: /.test(line)) && files.length === 1 && files[0] === `+++ b/${ACCEPTANCE_FILE}`;
  if (!onlyImage)
    throw new DemoError(
      `the GitOps commit changed more than the image line of ${ACCEPTANCE_FILE}. This is a bug in ferry; please report it.`
    );
}

// lib/cli/commands/demo.ts
var DEMO_HELP = `Usage: ferry demo [--keep] [--app DIR]

Runs ferry's whole chain on this machine, with no network and nothing left running:
starts a staging and a target registry (embedded; the target with a generated password)
and a GitOps repository, writes a Piper-format .pipeline/config.yml, then runs
stage Build (build examples/hello, push to staging, promote to target) and
stage Acceptance (commit the image digest), and prints the digest at each registry
and the GitOps commit with its diff.

Options:
  --keep      keep the temp dir (the app workspace and the GitOps repository)
  --app DIR   build this context instead of examples/hello (no RUN: the native builder builds it)
  -h, --help  show this help

Exit status: 0 success, 1 a step failed, 2 bad usage.
`;
var DEMO_FLAGS = { values: ["app"], booleans: ["keep"] };
function parseDemoArgs(args) {
  const options = parseArgs(args, closedOptions(DEMO_FLAGS, "demo"));
  const [extra] = options.positionals;
  if (extra !== void 0) throw unexpectedArgument(extra, "demo");
  const parsed = { keep: enabled(options, "keep"), help: enabled(options, "help") };
  const app = single(options, "app");
  if (app !== void 0) parsed.app = app;
  return parsed;
}
var demoCommand = async (args, io) => {
  const parsed = parseDemoArgs(args);
  if (parsed.help) {
    io.stdout.write(DEMO_HELP);
    return 0;
  }
  const result = await runDemo({
    log: io.log,
    catalog,
    stages: STAGES,
    print: (line) => io.stdout.write(`${line}
`),
    path: io.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
    environment: io.env,
    keep: parsed.keep,
    ...parsed.app ? { appDir: resolve(io.cwd, parsed.app) } : {},
    ...io.signal ? { signal: io.signal } : {}
  });
  if (result.failure !== void 0) {
    say(io, "demo", result.failure);
    return result.exitCode === 0 ? 1 : result.exitCode;
  }
  const kept = parsed.keep ? `kept ${result.workDir}` : "temp dir removed";
  io.stdout.write(`
Done in ${result.seconds.toFixed(1)} s; servers stopped, ${kept}.
`);
  return 0;
};
export {
  DEMO_FLAGS,
  DEMO_HELP,
  demoCommand,
  parseDemoArgs
};
