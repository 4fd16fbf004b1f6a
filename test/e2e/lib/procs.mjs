// Process helpers for the e2e launcher: children with timeouts, killed as whole process groups, plus a final sweep
// of every process that carries this run's tag in its environment (code-server, extension host, language server,
// Chromium all inherit it), so a run never leaves anything behind.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const RUN_TAG_VAR = 'CLAIMLINT_E2E_RUN';

/** Pids (other than ours) whose environment has RUN_TAG_VAR=tag. Linux /proc; elsewhere returns []. */
export function taggedPids(tag) {
  const needle = `${RUN_TAG_VAR}=${tag}\0`;
  const pids = [];
  let entries = [];
  try { entries = readdirSync('/proc'); } catch { return pids; }
  for (const name of entries) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if ((readFileSync(`/proc/${name}/environ`, 'latin1') + '\0').includes(needle)) pids.push(Number(name));
    } catch { /* gone, or not ours to read */ }
  }
  return pids;
}

/** SIGTERM, then SIGKILL after a grace period, every process carrying the tag. Returns how many were found. */
export async function sweep(tag, graceMs = 2000) {
  let pids = taggedPids(tag);
  const found = pids.length;
  for (const pid of pids) { try { process.kill(pid, 'SIGTERM'); } catch {} }
  const deadline = Date.now() + graceMs;
  while (pids.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    pids = taggedPids(tag);
  }
  for (const pid of pids) { try { process.kill(pid, 'SIGKILL'); } catch {} }
  return found;
}

/**
 * Runs a command in its own process group, streaming its output, and resolves { code, signal, timedOut, output }.
 * On timeout the whole group gets SIGTERM, then SIGKILL.
 */
export function run(cmd, args, { timeoutMs, env, cwd, capture = false, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const onData = (stream) => (d) => {
      if (capture) output += d;
      if (!quiet) stream.write(d);
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    let timedOut = false;
    let killTimer;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try { process.kill(-child.pid, 'SIGTERM'); } catch {}
          killTimer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, 5000);
        }, timeoutMs)
      : undefined;
    child.on('error', (error) => { output += String(error); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      resolve({ code, signal, timedOut, output });
    });
  });
}
