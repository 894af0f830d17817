// Benchmark: pin one image in a 1,000-document manifest file (the size of a rendered platform
// repository). The goal is under 200 ms per run, first (cold) run included; prints it and the median.
// Then the CLI end to end: `ferry set-image` (node dist/cli.js, a fresh process each run, so every
// run is cold) pinning 35 images across a 17,000-line, 550-document file, under 300 ms wall clock.
// Run `npm run build` first so dist/ holds the current source.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { updaters } from '../lib/gitops/updaters';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const GOAL_MS = 200;

function deployment(i: number, image: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: service-${i} # owned by team ${i % 7}
  labels: {app: service-${i}}
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: service-${i}
    spec:
      containers:
        - name: app
          image: ${image}
          ports:
            - containerPort: 8080
          env:
            - name: MODE
              value: "production"
        - name: proxy
          image: nginx:1.25
`;
}

function service(i: number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: service-${i}
spec:
  ports:
    - port: 80
      targetPort: 8080
`;
}

/** 1,000 documents: Deployments and Services; `every` puts the target image in every Deployment. */
function manifest(every: boolean): string {
  const docs: string[] = [];
  for (let i = 0; i < 1000; i++) {
    if (i % 2 === 1) docs.push(service(i));
    else
      docs.push(
        deployment(
          i,
          every || i === 500 ? 'registry.example.com/team/app:1.0' : `registry.example.com/team/svc-${i}:1.0`,
        ),
      );
  }
  return docs.join('---\n');
}

function measure(
  name: string,
  text: string,
  images: { repository: string; reference: string }[],
): { first: number; median: number } {
  const times: number[] = [];
  let changes = 0;
  for (let round = 0; round < 7; round++) {
    const start = performance.now();
    const result = updaters.manifest.update(text, { images });
    times.push(performance.now() - start);
    changes = result.changes.length;
  }
  const first = times[0] ?? 0;
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  const lines = text.split('\n').length;
  console.log(
    `${name}: ${lines} lines, ${changes} change(s): first ${first.toFixed(1)} ms, median ${median.toFixed(1)} ms (goal < ${GOAL_MS} ms) ${Math.max(first, median) < GOAL_MS ? 'ok' : 'SLOW'}`,
  );
  return { first, median };
}

const app = [
  { repository: 'registry.example.com/team/app', reference: `registry.example.com/team/app@${DIGEST}` },
];
const results = [
  measure('one service in 1,000 documents', manifest(false), app),
  measure('the proxy in every Deployment (500 edits)', manifest(false), [
    { repository: 'nginx', reference: `nginx@${DIGEST}` },
  ]),
  measure('every Deployment, two images each (1,000 edits)', manifest(true), [
    ...app,
    { repository: 'nginx', reference: `nginx@${DIGEST}` },
  ]),
];
// Every case, first (cold) run included: a CLI run is always the first.
if (results.some((r) => Math.max(r.first, r.median) >= GOAL_MS)) process.exitCode = 1;

const CLI_GOAL_MS = 300;
const CLI_IMAGES = 35;
const CLI_DOCUMENTS = 550;

/** 550 documents, about 17,000 lines: Deployments of 35 images (two containers each) and their Services. */
function platform(): string {
  const docs: string[] = [];
  for (let i = 0; i < CLI_DOCUMENTS; i++) {
    const app = i % CLI_IMAGES;
    if (i % 2 === 1) {
      docs.push(`${service(i)}      protocol: TCP
      name: http
  selector:
    app: service-${i - 1}
  type: ClusterIP
`);
      continue;
    }
    docs.push(`${deployment(i, `registry.example.com/platform/app-${app}:1.0`)}          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits:
              memory: 256Mi
          readinessProbe:
            httpGet: {path: /healthz, port: 8080}
            periodSeconds: 10
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
            initialDelaySeconds: 5
          volumeMounts:
            - name: config
              mountPath: /etc/app
      volumes:
        - name: config
          configMap:
            name: service-${i}
        - name: cache
          emptyDir: {}
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        fsGroup: 10001
      terminationGracePeriodSeconds: 30
      serviceAccountName: service-${i}
`);
  }
  return docs.join('---\n');
}

function cliRuns(): void {
  const cli = path.join(import.meta.dirname, '../dist/cli.js');
  if (!existsSync(cli)) {
    console.log(`CLI: ${cli} is missing; run npm run build first.`);
    process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'ferry-bench-gitops-'));
  try {
    const file = path.join(dir, 'platform.yaml');
    const text = platform();
    writeFileSync(file, text);
    const lines = text.split('\n').length;
    const times: number[] = [];
    // Node's own start, between the runs and so under the same load: what no code of ferry's can cut.
    const bare: number[] = [];
    const loads: number[] = [];
    let changed = 0;
    for (let round = 0; round < 7; round++) {
      loads.push(loadavg()[0] ?? 0);
      const bareStart = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      bare.push(performance.now() - bareStart);
      // A different digest each round, so every run edits all 35 images' references.
      const digest = `sha256:${String(round % 10).repeat(64)}`;
      const args = [cli, 'set-image', 'platform.yaml'];
      for (let i = 0; i < CLI_IMAGES; i++)
        args.push(
          '--image',
          `registry.example.com/platform/app-${i}=registry.example.com/platform/app-${i}@${digest}`,
        );
      const start = performance.now();
      const run = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
      times.push(performance.now() - start);
      if (run.status !== 0) {
        console.log(`CLI: ferry set-image exited ${run.status}: ${run.stderr}`);
        process.exitCode = 1;
        return;
      }
      changed = readFileSync(file, 'utf8').split(digest).length - 1;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const first = times[0] ?? 0;
    const bareMedian = [...bare].sort((a, b) => a - b)[Math.floor(bare.length / 2)] ?? 0;
    console.log(
      `CLI ferry set-image, ${CLI_IMAGES} images in ${CLI_DOCUMENTS} documents (${lines} lines, ${changed} references pinned per run): first ${first.toFixed(0)} ms, median ${median.toFixed(0)} ms, fastest ${(sorted[0] ?? 0).toFixed(0)} ms wall clock (goal < ${CLI_GOAL_MS} ms) ${median < CLI_GOAL_MS ? 'ok' : 'SLOW'}`,
    );
    console.log(
      `  node -e 0 median ${bareMedian.toFixed(0)} ms, so ferry's part is ${(median - bareMedian).toFixed(0)} ms; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${cpus().length} CPUs`,
    );
    // Each run is a fresh process (cold); the median keeps one run slowed by a busy machine out.
    if (median >= CLI_GOAL_MS) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

cliRuns();
