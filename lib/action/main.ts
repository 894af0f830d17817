// Entry point of the GitHub Action (bundled to dist/action.js): the only place the action reads
// @actions/core inputs and process.env. Masks every secret with ::add-mask:: before anything prints.
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { createLogger, type LogSink } from '../log';
import { runStage, runStep, failureMessage } from '../runner';
import { cancelOnSignals } from '../util/cancel';
import { errorMessage } from '../util/errors';
import { outputName, readInputs, type ActionInputs } from './inputs';
import { createVaultOpener } from '../vault';
import { catalog } from '../../steps';
import { STAGES } from '../../stages';

const sink: LogSink = {
  write(level, text) {
    if (level === 'debug') core.debug(text);
    else if (level === 'warn') core.warning(text);
    else if (level === 'error') core.error(text);
    else core.info(text);
  },
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
  registerSecret: (value) => core.setSecret(value),
};

// GitHub's cancel sends SIGINT, then SIGTERM, then kills: stop, clean up, exit 130/143.
const cancel = cancelOnSignals({
  onSignal: (name) => core.info(`ferry: ${name} received: stopping and cleaning up.`),
});

async function main(): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs((name) => core.getInput(name));
  } catch (error) {
    core.setFailed(errorMessage(error));
    return;
  }
  const log = createLogger({ sink, debug: core.isDebug() || inputs.verbose });
  try {
    const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory ?? '.');
    const options = {
      workspace,
      catalog,
      stages: STAGES,
      configFile: inputs.configFile,
      flags: inputs.params,
      vars: process.env,
      log,
      envInput: inputs.envInput,
      signal: cancel.signal,
      openVault: createVaultOpener({ vars: process.env, log }),
    };
    const report = inputs.step
      ? await runStep(inputs.step, { ...options, stage: inputs.stage })
      : await runStage(inputs.stage ?? '', options);
    // Outputs are written before a failure is raised, so a later job still sees what was done.
    const exported = report.env.toJSON();
    core.setOutput('pipeline-env', JSON.stringify(exported));
    for (const [key, value] of Object.entries(exported)) {
      core.setOutput(outputName(key), typeof value === 'string' ? value : JSON.stringify(value));
    }
    const rows = report.outcomes.map((o) => ({
      step: o.step,
      status: o.status,
      seconds: o.seconds.toFixed(1),
    }));
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addHeading('ferry', 2)
        .addTable([
          [
            { data: 'step', header: true },
            { data: 'status', header: true },
            { data: 'seconds', header: true },
          ],
          ...rows.map((r) => [r.step, r.status, r.seconds]),
        ])
        .addRaw(report.summary.markdown(), true)
        .write();
    }
    const failed = report.outcomes.find((o) => o.status === 'failed');
    if (failed) core.setFailed(log.mask(failureMessage(failed)));
  } catch (error) {
    core.setFailed(log.mask(errorMessage(error)));
  }
}

await main();
if (cancel.exitCode !== undefined) {
  process.exitCode = cancel.exitCode;
  process.exit(cancel.exitCode);
}
