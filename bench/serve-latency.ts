/**
 * Edit-to-reload latency of `lectern serve`: generates a course of 20
 * lectures × 100 slides, starts the compiled CLI on it, listens to the
 * server's events as a page does, then edits one outline again and again and
 * times each edit until the rebuild event that carries its deck arrives.
 *
 *   npx tsc -p tsconfig.json && npx tsx bench/serve-latency.ts [runs]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateCourse } from './generate-course.js';

const REPO = new URL('../', import.meta.url).pathname;
const CLI = join(REPO, 'dist/cli.js');
const RUNS = Number(process.argv[2] ?? 20);
const SIZE = { lectures: 20, slides: 100, facts: 400 };
const LECTURE = '07-lecture.en.md';
const DECK = 'en/07-lecture/index.html';

interface BuildEvent {
  version: number;
  ok: boolean;
  files: string[];
  ms: number;
}

if (!existsSync(CLI)) {
  process.stderr.write('dist/cli.js not found: compile first (npx tsc -p tsconfig.json)\n');
  process.exit(2);
}

const course = generateCourse(join(REPO, 'bench/tmp/serve-latency/course'), SIZE);
const server = spawn(process.execPath, [CLI, 'serve', course, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
let output = '';
server.stdout.setEncoding('utf8').on('data', (s: string) => (output += s));

try {
  const started = performance.now();
  while (!/serving .* at http/.test(output)) {
    if (server.exitCode !== null) throw new Error(`serve exited:\n${output}`);
    await sleep(20);
  }
  const url = /at (http:\/\/\S+\/)/.exec(output)![1]!;
  process.stdout.write(`course: ${SIZE.lectures} lectures × ${SIZE.slides} slides × 2 languages, ${SIZE.facts} facts; serve ready in ${Math.round(performance.now() - started)} ms\n`);

  // Listen as a page does.
  const waiting: Array<(event: BuildEvent, at: number) => void> = [];
  await new Promise<void>((resolve, reject) => {
    get(`${url}__lectern/events`, (res) => {
      let buffer = '';
      res.setEncoding('utf8').on('data', (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (\w+)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event === 'status') resolve();
          if (event === 'build' && data) waiting.shift()?.(JSON.parse(data) as BuildEvent, at);
        }
      });
    }).on('error', reject);
  });

  const file = join(course, LECTURE);
  const original = readFileSync(file, 'utf8');
  const total: number[] = [];
  const rebuild: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const arrived = new Promise<{ event: BuildEvent; at: number }>((resolve) => waiting.push((event, at) => resolve({ event, at })));
    const text = original.replace(/^## (.*)$/m, `## $1 (edit ${run})`);
    const start = performance.now();
    writeFileSync(file, text);
    const { event, at } = await Promise.race([arrived, sleep(5000).then(() => Promise.reject(new Error('no rebuild event within 5 s')))]);
    if (!event.ok || !event.files.includes(DECK)) throw new Error(`unexpected rebuild: ${JSON.stringify(event)}`);
    // The first run warms the caches up; it is not counted.
    if (run > 0) {
      total.push(at - start);
      rebuild.push(event.ms);
    }
    await sleep(150);
  }
  writeFileSync(file, original);

  const stats = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    return `median ${median.toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
  };
  process.stdout.write(`edit of ${LECTURE} to reload event, ${RUNS} runs: ${stats(total)}\n`);
  process.stdout.write(`of which the rebuild itself: ${stats(rebuild)}\n`);
} finally {
  server.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => (server.exitCode !== null ? resolve(server.exitCode) : server.on('exit', resolve)));
  process.stdout.write(`serve stopped with exit code ${code}\n`);
}
