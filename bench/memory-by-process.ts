/**
 * One run's peak memory, by kind of process: the same sum of resident memory
 * over the whole tree as the side-by-side benchmark, and, at its peak, what
 * each kind of process (Node, Chromium's browser, zygotes, GPU, utilities,
 * renderers) held.
 *
 *   npx tsx bench/memory-by-process.ts -- <command> [args…]
 */
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { sampleRun, treeProcesses, type TreeProcess } from './tree-memory.js';

const TICKS_PER_SECOND = 100;

/** CPU seconds a process has used so far (user and system), from /proc/PID/stat. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** What a process of the tree is, from its command line. */
export function processKind(command: string): string {
  const type = /--type=([\w-]+)/.exec(command)?.[1];
  if (!type) return basename(command.split(' ')[0] ?? '') || 'unknown';
  if (type === 'utility') return `utility (${/--utility-sub-type=([\w.-]+)/.exec(command)?.[1] ?? '?'})`;
  if (type === 'zygote') return command.includes('--no-zygote-sandbox') || command.includes('--no-sandbox') ? 'zygote' : 'zygote (sandboxed)';
  return type;
}

export interface KindAtPeak {
  kind: string;
  count: number;
  mb: number;
}

export async function memoryByProcess(command: string, args: string[]): Promise<{ seconds: number; timeline: string[]; cpuSeconds: number; peakMb: number; atPeak: KindAtPeak[]; each: TreeProcess[] }> {
  let peak = 0;
  let atPeak: TreeProcess[] = [];
  const cpu = new Map<number, number>();
  let samples = 0;
  const timeline: string[] = [];
  const seconds = await sampleRun(command, args, {}, (pid) => {
    const tree = treeProcesses(pid, true);
    for (const { pid: each } of tree) cpu.set(each, Math.max(cpu.get(each) ?? 0, cpuSeconds(each)));
    const total = tree.reduce((sum, { rssKb }) => sum + rssKb, 0);
    if (process.env.TIMELINE && ++samples % 25 === 0) timeline.push(`${(samples / 50).toFixed(1)}s ${Math.round(total / 1024)} (${tree.map((p) => `${processKind(p.command).slice(0, 3)} ${Math.round(p.rssKb / 1024)}`).join(', ')})`);
    if (total > peak) [peak, atPeak] = [total, tree];
  });
  const kinds = new Map<string, KindAtPeak>();
  for (const { command: line, rssKb } of atPeak) {
    const kind = processKind(line);
    const entry = kinds.get(kind) ?? { kind, count: 0, mb: 0 };
    entry.count++;
    entry.mb += rssKb / 1024;
    kinds.set(kind, entry);
  }
  return { seconds, timeline, cpuSeconds: [...cpu.values()].reduce((a, b) => a + b, 0), each: atPeak, peakMb: Math.round(peak / 1024), atPeak: [...kinds.values()].map((k) => ({ ...k, mb: Math.round(k.mb) })).sort((a, b) => b.mb - a.mb) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...args] = process.argv.slice(process.argv.indexOf('--') + 1);
  if (!command) throw new Error('usage: npx tsx bench/memory-by-process.ts -- <command> [args…]');
  const { seconds, timeline, cpuSeconds: cpu, peakMb, atPeak, each } = await memoryByProcess(command, args);
  process.stdout.write(`peak ${peakMb} MB; ${seconds.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU (whole tree, to the last sample)\n`);
  for (const { kind, count, mb } of atPeak) process.stdout.write(`  ${String(mb).padStart(5)} MB  ${count} × ${kind}\n`);
  for (const line of timeline) process.stdout.write(`  ${line}\n`);
  if (process.env.EACH) for (const p of each) process.stdout.write(`    ${Math.round(p.rssKb / 1024)} MB ${p.command.slice(0, 400)}\n`);
}
