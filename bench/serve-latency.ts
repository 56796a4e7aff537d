/**
 * Edit-to-reload latency of `lectern serve`: starts the compiled CLI on a
 * course, listens to the server's events as a page does, then edits a file
 * again and again and times each edit until the rebuild event arrives.
 *
 *   npx tsc -p tsconfig.json && npx tsx bench/serve-latency.ts [runs]
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { generateCourse } from './generate-course.js';
import { summarise, type Summary } from './measure.js';

const REPO = new URL('../', import.meta.url).pathname;
const CLI = join(REPO, 'dist/cli.js');

/** A deck's page in the output: lang/lecture/index.html. */
const DECK = /^[^/]+\/[^/]+\/index\.html$/;

interface BuildEvent {
  version: number;
  ok: boolean;
  files: string[];
  ms: number;
}

export interface EditLatency {
  /** From writing the file to the reload event reaching the client, in seconds. */
  reload: Summary;
  /** The rebuild alone, as the server reports it, in seconds. */
  rebuild: Summary;
  /** Decks rewritten by one edit. */
  decks: number;
}

export interface ServeLatency {
  outline: EditLatency;
  fact: EditLatency;
}

/** Edits `file` (with `change(text, run)`) `runs` times under a running serve and times each reload. */
async function timeEdits(
  file: string,
  change: (text: string, run: number) => string,
  runs: number,
  next: () => Promise<{ event: BuildEvent; at: number }>,
): Promise<EditLatency> {
  const original = readFileSync(file, 'utf8');
  const total: number[] = [];
  const rebuild: number[] = [];
  let decks = 0;
  // A rebuild under serve tells of the edited decks first and of the course pages after: the edit has reached the
  // page with the first event that names a deck (an event still on its way from the edit before names none).
  const deckEvent = async () => {
    for (;;) {
      const arrived = await next();
      if (!arrived.event.ok || arrived.event.files.some((f) => DECK.test(f))) return arrived;
    }
  };
  try {
    for (let run = 0; run <= runs; run++) {
      const arrived = deckEvent();
      const start = performance.now();
      writeFileSync(file, change(original, run));
      const { event, at } = await Promise.race([arrived, sleep(10_000).then(() => Promise.reject(new Error('no rebuild event within 10 s')))]);
      if (!event.ok) throw new Error(`the rebuild failed: ${JSON.stringify(event)}`);
      decks = event.files.filter((f) => DECK.test(f)).length;
      // The first run warms the caches up; it is not counted.
      if (run > 0) {
        total.push((at - start) / 1000);
        rebuild.push(event.ms / 1000);
      }
      await sleep(150);
    }
  } finally {
    writeFileSync(file, original);
  }
  return { reload: summarise(total.map((seconds) => ({ seconds }))), rebuild: summarise(rebuild.map((seconds) => ({ seconds }))), decks };
}

/**
 * Starts serve on a course of 20 lectures × 100 slides and measures an
 * outline edit and a fact edit (a fact that one lecture uses).
 */
export async function measureServeLatency(dir: string, runs: number): Promise<ServeLatency> {
  const course = generateCourse(dir, { lectures: 20, slides: 100, facts: 400 });
  // Not --quiet: the line saying that the files are watched is awaited before the first edit (on a busy machine it can come seconds after the address).
  const server = spawn(process.execPath, [CLI, 'serve', course, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  server.stdout.setEncoding('utf8').on('data', (s: string) => (output += s));
  try {
    while (!/serving .* at http/.test(output) || !/watching .* for changes/.test(output)) {
      if (server.exitCode !== null) throw new Error(`serve exited:\n${output}`);
      await sleep(20);
    }
    const url = /at (http:\/\/\S+\/)/.exec(output)![1]!;
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
    const next = () => new Promise<{ event: BuildEvent; at: number }>((resolve) => waiting.push((event, at) => resolve({ event, at })));
    const outline = await timeEdits(join(course, '07-lecture.en.md'), (text, run) => text.replace(/^## (.*)$/m, `## $1 (edit ${run})`), runs, next);
    // fact-0028 is an event that some of the lectures cite: its title changes.
    const fact = await timeEdits(
      join(course, 'facts/generated.yaml'),
      (text, run) => text.replace('title: {en: "Event number 28", ', `title: {en: "Event number 28 (edit ${run})", `),
      runs,
      next,
    );
    return { outline, fact };
  } finally {
    server.kill('SIGTERM');
    await new Promise<unknown>((resolve) => (server.exitCode !== null ? resolve(server.exitCode) : server.on('exit', resolve)));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const runs = Number(process.argv[2] ?? 20);
  const result = await measureServeLatency(join(REPO, 'bench/tmp/serve-latency'), runs);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
