// The Dockerfile instructions that change the image config (ENV, LABEL, WORKDIR, USER, EXPOSE, …),
// applied to a stage's state in order; COPY and ADD hand over to the layer phase (copy.ts).
import { posix } from 'node:path';
import { FerryError } from '../../util/errors';
import { processKeyValues, processWord, processWords, type Instruction } from '../dockerfile';
import { cleanRelative } from './context';
import { copyFiles } from './copy';
import { unsupported } from './problems';
import { addHistory, record, setEnv, variables, type BuildSession, type StageState } from './session';

/** Go duration (`30s`, `1m30s`, `500ms`) in nanoseconds, for HEALTHCHECK. */
function durationNs(text: string, where: string): number {
  const units: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  let total = 0;
  let rest = text;
  while (rest.length > 0) {
    const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/.exec(rest);
    if (!m)
      throw new FerryError(`${where}: '${text}' is not a duration. Write e.g. 30s or 1m30s.`, {
        code: 'BUILD',
        usage: true,
      });
    total += Number(m[1]) * (units[m[2] ?? 's'] ?? 1);
    rest = rest.slice(m[0].length);
  }
  return Math.round(total);
}

/** Applies one instruction of a stage to its state. */
export async function applyInstruction(
  session: BuildSession,
  state: StageState,
  instruction: Instruction,
): Promise<void> {
  const { keyword } = instruction;
  const escape = session.dockerfile.escape;
  const vars = variables(state);
  const config = state.config;
  switch (keyword) {
    case 'ARG': {
      for (const [name, fallback] of processKeyValues(instruction.args, vars, escape)) {
        const value = session.buildArg(name) ?? fallback ?? session.globals.get(name);
        if (value !== undefined) state.args.set(name, value);
      }
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    }
    case 'ENV': {
      for (const [key, value] of processKeyValues(instruction.args, vars, escape, { legacy: true })) {
        if (value === undefined)
          throw new FerryError(
            `${session.where(instruction)}: '${key}' has no value. Write ENV ${key}=value.`,
            { code: 'BUILD', usage: true },
          );
        setEnv(config, key, value);
      }
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    }
    case 'LABEL': {
      const labels = record(config.Labels);
      for (const [key, value] of processKeyValues(instruction.args, vars, escape, { legacy: true })) {
        if (value === undefined)
          throw new FerryError(
            `${session.where(instruction)}: '${key}' has no value. Write LABEL ${key}=value.`,
            { code: 'BUILD', usage: true },
          );
        labels[key] = value;
      }
      config.Labels = labels;
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    }
    case 'WORKDIR': {
      const dir = processWord(instruction.args, vars, escape);
      state.workdir = posix.resolve(state.workdir, dir);
      config.WorkingDir = state.workdir;
      const path = cleanRelative(state.workdir);
      if (path && !state.files.has(path))
        state.files.set(path, { type: 'dir', mode: 0o755, size: 0, uid: 0, gid: 0 });
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    }
    case 'USER':
      config.User = processWord(instruction.args, vars, escape);
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    case 'EXPOSE': {
      const ports = record(config.ExposedPorts);
      for (const word of processWords(instruction.args, vars, escape)) {
        const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(word);
        if (!m)
          throw new FerryError(
            `${session.where(instruction)}: '${word}' is not a port. Write e.g. EXPOSE 8080/tcp.`,
            { code: 'BUILD', usage: true },
          );
        const low = Number(m[1]);
        const high = m[2] === undefined ? low : Number(m[2]);
        for (let port = low; port <= high; port++) ports[`${port}/${(m[3] ?? 'tcp').toLowerCase()}`] = {};
      }
      config.ExposedPorts = ports;
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    }
    case 'VOLUME': {
      const volumes = record(config.Volumes);
      const paths = instruction.json ?? processWords(instruction.args, vars, escape);
      for (const path of paths) volumes[processWord(path, vars, escape)] = {};
      config.Volumes = volumes;
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    }
    case 'STOPSIGNAL':
      config.StopSignal = processWord(instruction.args, vars, escape);
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    case 'MAINTAINER':
      state.author = instruction.args;
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    case 'SHELL':
      if (!instruction.json || instruction.json.length === 0) {
        throw new FerryError(
          `${session.where(instruction)}: SHELL needs the JSON form. Write SHELL ["/bin/sh", "-c"].`,
          { code: 'BUILD', usage: true },
        );
      }
      state.shell = instruction.json;
      config.Shell = instruction.json;
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    case 'ENTRYPOINT':
    case 'CMD': {
      const command = instruction.json ?? (instruction.args === '' ? [] : [...state.shell, instruction.args]);
      if (keyword === 'ENTRYPOINT') {
        config.Entrypoint = command;
        // Docker resets an inherited CMD when the entrypoint changes.
        if (!state.stage.instructions.some((i) => i.keyword === 'CMD' && i.line < instruction.line))
          delete config.Cmd;
      } else config.Cmd = command;
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    }
    case 'HEALTHCHECK':
      config.Healthcheck = healthcheck(session, instruction);
      addHistory(session, state, instruction, { emptyLayer: true });
      return;
    case 'COPY':
    case 'ADD':
      await copyFiles(session, state, instruction, vars);
      return;
    default:
      throw unsupported(session.file, {
        line: instruction.line,
        keyword,
        why: keyword === 'RUN' ? 'RUN needs a container runtime' : `${keyword} is not supported natively`,
      });
  }
}

function healthcheck(session: BuildSession, instruction: Instruction): Record<string, unknown> {
  const args = instruction.args;
  if (/^none$/i.test(args.trim())) return { Test: ['NONE'] };
  const m = /^CMD\s+([\s\S]*)$/i.exec(args.trim());
  if (!m)
    throw new FerryError(
      `${session.where(instruction)}: expected HEALTHCHECK [options] CMD command, or HEALTHCHECK NONE.`,
      { code: 'BUILD', usage: true },
    );
  const rest = (m[1] ?? '').trim();
  let json: string[] | undefined;
  try {
    const value: unknown = JSON.parse(rest);
    if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) json = value;
  } catch {
    json = undefined;
  }
  const result: Record<string, unknown> = { Test: json ? ['CMD', ...json] : ['CMD-SHELL', rest] };
  const where = session.where(instruction);
  const f = instruction.flags;
  if (f.interval) result.Interval = durationNs(f.interval, where);
  if (f.timeout) result.Timeout = durationNs(f.timeout, where);
  if (f['start-period']) result.StartPeriod = durationNs(f['start-period'], where);
  if (f['start-interval']) result.StartInterval = durationNs(f['start-interval'], where);
  if (f.retries) result.Retries = Number(f.retries);
  return result;
}
