import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeSample {
  seconds: number;
  /** The largest total resident memory of the process and all its descendants (a browser's too), in MB. */
  peakMb: number;
}

export interface TreeProcess {
  pid: number;
  /** Resident memory, in kB. */
  rssKb: number;
  /** The command line, arguments separated by spaces. */
  command: string;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
}

/** The processes of a tree, its root first, from /proc. */
export function treeProcesses(root: number, withCommand = false): TreeProcess[] {
  const children = new Map<number, number[]>();
  const found = new Map<number, TreeProcess>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const pid = Number(entry);
      found.set(pid, { pid, rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), command: '' });
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while it was being read.
    }
  }
  const tree: TreeProcess[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const process = found.get(pid);
    if (process) tree.push(withCommand ? { ...process, command: commandLine(pid) } : process);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The resident memory of a process and its descendants, in kB. */
export function treeRssKb(root: number): number {
  return treeProcesses(root).reduce((sum, { rssKb }) => sum + rssKb, 0);
}

/** Runs a command to its end, calling `sample` with its process id every 20 ms; resolves with the seconds it took. */
export function sampleRun(command: string, args: string[], env: NodeJS.ProcessEnv, sample: (pid: number) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setInterval(() => sample(child.pid!), 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr}`));
      else resolve((performance.now() - start) / 1000);
    });
  });
}

/** Runs a command to its end, sampling the memory of its whole process tree every 20 ms. */
export async function runTree(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<TreeSample> {
  let peak = 0;
  const seconds = await sampleRun(command, args, env, (pid) => (peak = Math.max(peak, treeRssKb(pid))));
  return { seconds, peakMb: Math.round(peak / 1024) };
}
