// Entry point of the GitHub Action (bundled to dist/action.js): the only place the action reads
// @actions/core inputs and process.env. Masks every secret with ::add-mask:: before anything prints.
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { createLogger } from '../log';
import { runStage, runStep, failureMessage } from '../runner';
import { cancelOnSignals } from '../util/cancel';
import { errorMessage, errorPosition, exitCodeOf } from '../util/errors';
import { createVaultOpener } from '../vault';
import { ciStageName } from '../config';
import { mergeEnvironments } from './fan-in';
import { outputName, readInputs, type ActionInputs } from './inputs';
import { shortOutputs } from './outputs';
import { createActionSink } from './sink';
import { catalog } from '../../steps';
import { STAGES } from '../../stages';

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
    // setFailed exits 1; a bad input is a usage error, 2, as the ferry command exits.
    process.exitCode = exitCodeOf(error);
    return;
  }
  const repository = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const workspace = resolve(repository, inputs.workingDirectory ?? '.');
  const log = createLogger({
    sink: createActionSink({ repository, workingDirectory: workspace }),
    debug: core.isDebug() || inputs.verbose,
  });
  // Exit codes as the ferry command's (docs/cli.md): 1 a step failed, 2 usage or configuration.
  const fail = (message: string, error: unknown, code = exitCodeOf(error)): void => {
    log.error(message, errorPosition(error));
    process.exitCode = code;
  };
  try {
    const options = {
      strict: inputs.strict,
      workspace,
      catalog,
      stages: STAGES,
      configFile: inputs.configFile,
      flags: inputs.params,
      vars: process.env,
      environment: process.env,
      log,
      envInput: mergeEnvironments(inputs.envInputs, log),
      signal: cancel.signal,
      openVault: createVaultOpener({ vars: process.env, log }),
    };
    const report = inputs.step
      ? await runStep(inputs.step, { ...options, stage: inputs.stage ?? ciStageName(process.env) })
      : await runStage(inputs.stage ?? '', options);
    // Outputs are written before a failure is raised, so a later job still sees what was done.
    const exported = report.env.toJSON();
    core.setOutput('pipeline-env', JSON.stringify(exported));
    for (const [key, value] of Object.entries(exported)) {
      core.setOutput(outputName(key), typeof value === 'string' ? value : JSON.stringify(value));
    }
    for (const [name, value] of Object.entries(shortOutputs(report.env))) core.setOutput(name, value);
    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addHeading('ferry', 2)
        .addTable([
          [
            { data: 'step', header: true },
            { data: 'status', header: true },
            { data: 'seconds', header: true },
          ],
          ...report.outcomes.map((o) => [o.step, o.status, o.seconds.toFixed(1)]),
        ])
        .addRaw(report.summary.markdown(), true)
        .write();
    }
    const failed = report.outcomes.find((o) => o.status === 'failed');
    // The run's error decides the code, as `ferry run` has it: a step stopped for a missing or wrong
    // parameter is a configuration error (2), any other failure 1.
    if (failed) fail(failureMessage(failed), failed.error, exitCodeOf(report.error ?? failed.error));
    else if (report.error !== undefined) fail(errorMessage(report.error), report.error);
  } catch (error) {
    fail(errorMessage(error), error);
  }
}

await main();
if (cancel.exitCode !== undefined) {
  process.exitCode = cancel.exitCode;
  process.exit(cancel.exitCode);
}
