/**
 * Lectern side by side with Marp CLI on the same generated deck, as whole
 * processes, interleaved (Lectern, Marp, Lectern, Marp, …) so that both see
 * the same machine: HTML at 20, 200 and 1,000 slides, slides.pdf at 200 and
 * 1,000, Lectern's lecturer handout against its own slides.pdf, and the
 * start-up of `lectern --version` against `node -e 0`. Peak memory is the
 * whole process tree's, the browser's included. Beside each HTML pair, the
 * same outline rendered by markdown-it alone in a fresh process (see
 * markdown-it-alone.cjs): the floor any build on that parser stands on.
 *
 *   npx tsx bench/compare-marp.ts [--quick]
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findBrowser } from '../src/browser/find-browser.js';
import { generateDeck } from './generate-deck.js';
import { runTree, type TreeSample } from './tree-memory.js';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');
const MARP = join(dirname(createRequire(import.meta.url).resolve('@marp-team/marp-cli/package.json')), 'marp-cli.js');
const MARKDOWN_IT_ALONE = join(ROOT, 'bench/markdown-it-alone.cjs');

export interface Pair {
  name: string;
  /** What Lectern is compared with: Marp, or a run of its own. */
  against: string;
  lectern: TreeSample[];
  other: TreeSample[];
  /** markdown-it alone on the same input, run in turn with the two. */
  floor?: TreeSample[];
  /** The most Lectern's time may be, as a share of the other's. */
  target: number;
}

type Command = [string, string[], NodeJS.ProcessEnv?];

async function interleave(name: string, against: string, target: number, runs: number, a: Command, b: Command, floor?: Command): Promise<Pair> {
  const pair: Pair = { name, against, target, lectern: [], other: [], floor: floor && [] };
  // One run of each first, not counted: files cached, fonts loaded, as for a user who works all day.
  await runTree(...a);
  await runTree(...b);
  if (floor) await runTree(...floor);
  for (let i = 0; i < runs; i++) {
    pair.lectern.push(await runTree(...a));
    pair.other.push(await runTree(...b));
    if (floor) pair.floor!.push(await runTree(...floor));
    process.stderr.write('.');
  }
  process.stderr.write(` ${name}\n`);
  return pair;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

export function summarisePair(pair: Pair) {
  const lectern = median(pair.lectern.map((s) => s.seconds));
  const other = median(pair.other.map((s) => s.seconds));
  const ratio = Math.round((lectern / other) * 100) / 100;
  const memoryPairs = pair.lectern.map((s, i) => [s.peakMb, pair.other[i]!.peakMb] as const);
  const floor = pair.floor && median(pair.floor.map((s) => s.seconds));
  return {
    name: pair.name,
    against: pair.against,
    lecternSeconds: Math.round(lectern * 1000) / 1000,
    otherSeconds: Math.round(other * 1000) / 1000,
    ratio,
    target: pair.target,
    met: ratio <= pair.target,
    lecternPeakMb: Math.max(...pair.lectern.map((s) => s.peakMb)),
    otherPeakMb: Math.max(...pair.other.map((s) => s.peakMb)),
    memoryBelowInEveryPair: pair.against === 'Marp' ? memoryPairs.every(([l, o]) => l <= o) : undefined,
    runs: pair.lectern.length,
    /** markdown-it alone on the same input, and its ratio to the other. */
    floorSeconds: floor === undefined ? undefined : Math.round(floor * 1000) / 1000,
    floorRatio: floor === undefined ? undefined : Math.round((floor / other) * 100) / 100,
  };
}

export type PairSummary = ReturnType<typeof summarisePair>;

export async function compareWithMarp(quick = false): Promise<PairSummary[]> {
  const runs = quick ? 3 : 5;
  const work = join(tmpdir(), 'lectern-vs-marp');
  rmSync(work, { recursive: true, force: true });
  const browser = await findBrowser();
  // Marp gives up on a page after 30 s unless PUPPETEER_TIMEOUT says otherwise: a 1,000-slide PDF may take longer on a busy machine.
  const env = { CHROME_PATH: browser, PUPPETEER_EXECUTABLE_PATH: browser, PUPPETEER_TIMEOUT: '600000', NO_COLOR: '1' };
  const decks = Object.fromEntries([20, 200, 1000].map((n) => [n, generateDeck(join(work, String(n)), n)]));
  const lectern = (args: string[]): Command => [process.execPath, [CLI, ...args, '--quiet'], env];
  const marp = (args: string[]): Command => [process.execPath, [MARP, '--no-config-file', ...args], env];
  const out = (n: number, who: string) => join(work, `out-${who}-${n}`);

  const pairs: Pair[] = [];
  for (const n of [20, 200, 1000]) {
    const deck = decks[n]!;
    const alone: Command = [process.execPath, [MARKDOWN_IT_ALONE, deck.outline, join(work, `markdown-it-${n}.html`)]];
    pairs.push(await interleave(`HTML, ${n} slides`, 'Marp', n === 1000 ? 0.25 : 0.33, runs, lectern(['build', deck.course, '--out', out(n, 'lectern')]), marp([deck.marp, '-o', join(out(n, 'marp'), 'deck.html')]), alone));
  }
  for (const n of [200, 1000]) {
    const deck = decks[n]!;
    pairs.push(await interleave(`slides.pdf, ${n} slides`, 'Marp', n === 1000 ? 0.5 : 0.67, runs, lectern(['pdf', deck.course, '--out', out(n, 'lectern'), '--slides']), marp([deck.marp, '--pdf', '-o', join(out(n, 'marp'), 'deck.pdf')])));
  }
  const deck = decks[200]!;
  pairs.push(await interleave('lecturer handout, 200 slides', "Lectern's slides.pdf", 1.3, runs, lectern(['pdf', deck.course, '--out', out(200, 'lectern'), '--handout', '--variant', 'lecturer']), lectern(['pdf', deck.course, '--out', out(200, 'lectern'), '--slides'])));
  pairs.push(await interleave('lectern --version', 'node -e 0', 1.3, quick ? 5 : 11, [process.execPath, [CLI, '--version']], [process.execPath, ['-e', '0']]));
  return pairs.map(summarisePair);
}

export function marpTable(rows: PairSummary[]): string {
  const lines = [
    '| work | Lectern (s) | compared with | its time (s) | ratio | target | peak MB, Lectern / other | memory ≤ Marp in every pair | markdown-it alone (s), ratio |',
    '|---|---:|---|---:|---:|---|---|---|---|',
  ];
  for (const r of rows) {
    const memory = r.memoryBelowInEveryPair === undefined ? '' : r.memoryBelowInEveryPair ? 'yes' : '**no**';
    const floor = r.floorSeconds === undefined ? '' : `${r.floorSeconds}, ${r.floorRatio}`;
    lines.push(`| ${r.name} | ${r.lecternSeconds} | ${r.against} | ${r.otherSeconds} | ${r.ratio} | ≤ ${r.target} ${r.met ? 'met' : '**missed**'} | ${r.lecternPeakMb} / ${r.otherPeakMb} | ${memory} | ${floor} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await compareWithMarp(process.argv.includes('--quick'));
  process.stdout.write(`${marpTable(rows)}\n`);
}
