// The prebuild command as a child process, for the tests that must see it as a user does: its exit
// status, its messages, and that it ends (a heap cap, and a timeout that kills it and its children).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'scripts/build-dataset.ts');

export const MEMORY_CAP_MB = 1024;

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

export function runCli(args: string[], options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<Run> {
  const timeoutMs = options.timeoutMs ?? 240_000;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(tsx, [cli, ...args], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${MEMORY_CAP_MB}`, ...options.env },
      detached: true, // its own process group, so a timeout kills tsx's node child too
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, ms: performance.now() - started, timedOut });
    });
  });
}
