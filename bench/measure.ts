import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Sample {
  seconds: number;
  /** Peak resident set size in MB, where GNU time is there to tell. */
  rssMb?: number;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
  rssMb?: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command as a whole process and measures its wall time and peak memory. */
export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Sample {
  const useTime = existsSync(GNU_TIME);
  const start = performance.now();
  const result = useTime
    ? spawnSync(GNU_TIME, ['-f', '__rss_kb=%M', command, ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
    : spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  const rss = /__rss_kb=(\d+)/.exec(result.stderr ?? '')?.[1];
  return { seconds, rssMb: rss ? Number(rss) / 1024 : undefined };
}

export function summarise(samples: Sample[]): Summary {
  const times = samples.map((s) => s.seconds).sort((a, b) => a - b);
  const rss = samples.flatMap((s) => (s.rssMb === undefined ? [] : [s.rssMb]));
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    median: round(times[Math.floor(times.length / 2)]!),
    min: round(times[0]!),
    max: round(times.at(-1)!),
    runs: times.length,
    rssMb: rss.length ? Math.round(Math.max(...rss)) : undefined,
  };
}

export function repeat(runs: number, once: () => Sample): Summary {
  return summarise(Array.from({ length: runs }, once));
}
