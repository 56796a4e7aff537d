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

/** The resident memory of a process, in kB (0 once it has ended). */
function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * The children of a process, from each of its threads' children list in
 * /proc (a browser starts its renderers from other threads than its main
 * one), or undefined where the kernel has no such lists.
 */
function childrenOf(pid: number): number[] | undefined {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const children: number[] = [];
  for (const thread of threads) {
    try {
      for (const child of readFileSync(`/proc/${pid}/task/${thread}/children`, 'utf8').split(' ')) if (child) children.push(Number(child));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && thread === String(pid)) return undefined;
    }
  }
  return children;
}

/** Every process's parent, from a scan of all of /proc: for kernels without children lists. */
function parentsByScan(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while it was being read.
    }
  }
  return children;
}

/**
 * The processes of a tree, its root first. Only the tree's own entries in
 * /proc are read, not every process's: the sampling runs beside the
 * measured command, on the same cores, every 20 ms.
 */
export function treeProcesses(root: number, withCommand = false): TreeProcess[] {
  let scanned: Map<number, number[]> | undefined;
  const tree: TreeProcess[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const rss = rssKb(pid);
    if (!rss && pid !== root) continue;
    tree.push({ pid, rssKb: rss, command: withCommand ? commandLine(pid) : '' });
    stack.push(...(childrenOf(pid) ?? (scanned ??= parentsByScan()).get(pid) ?? []));
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
