/**
 * npm run bench: measures Lectern as a user runs it — whole CLI processes —
 * on synthetic courses of several sizes, and writes the figures to
 * bench/results/<date>.json and .md, compared with the previous results.
 *
 *   npm run bench                 all measurements: side by side with Marp CLI, then Lectern's own
 *   npm run bench -- --quick      fewer runs
 *   npm run bench -- --marp       only the comparison with Marp CLI
 *   npm run bench -- --profile    also a CPU profile of the 2,000-slide build
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithMarp, marpTable, type PairSummary } from './compare-marp.js';
import { generateCourse } from './generate-course.js';
import { repeat, runMeasured, type Summary } from './measure.js';
import { summariseProfile } from './read-profile.js';
import { measureServeLatency } from './serve-latency.js';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');
const RESULTS = join(ROOT, 'bench/results');
const quick = process.argv.includes('--quick');
const profile = process.argv.includes('--profile');
const onlyMarp = process.argv.includes('--marp');
const RUNS = quick ? 3 : 7;
const PDF_RUNS = quick ? 2 : 3;

/** Targets for this 2-core machine, in seconds or MB; reported, not asserted. */
const TARGETS: Record<string, { max: number; unit: 's' | 'MB' | 'ms' }> = {
  'build 200-slide lecture': { max: 0.4, unit: 's' },
  'build 50 × 40 course (2,000 slides)': { max: 2, unit: 's' },
  'pdf slides.pdf, 200 slides': { max: 3, unit: 's' },
  'pdf handout.pdf, 200 slides': { max: 5, unit: 's' },
  'edit-to-reload, 100-slide lecture in 20 lectures': { max: 0.15, unit: 's' },
  'peak RSS, HTML builds': { max: 250, unit: 'MB' },
};

interface Row {
  name: string;
  result: Summary;
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', '--silent', 'compile'], { cwd: ROOT, stdio: 'inherit' });
  const marp = await compareWithMarp(quick);
  if (onlyMarp) return writeReport({ date: new Date().toISOString(), machine: machine(), marp });
  const work = join(tmpdir(), 'lectern-bench');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const small = generateCourse(join(work, 'small'), { lectures: 1, slides: 20, facts: 100 });
  const large = generateCourse(join(work, 'large'), { lectures: 1, slides: 200, facts: 400 });
  const course = generateCourse(join(work, 'course'), { lectures: 50, slides: 40, facts: 2000 });
  const out = join(work, 'out');
  const cli = (args: string[]) => () => runMeasured(process.execPath, [CLI, ...args, '--quiet']);

  const rows: Row[] = [];
  const measure = (name: string, runs: number, once: () => ReturnType<typeof runMeasured>) => {
    process.stderr.write(`${name} … `);
    const result = repeat(runs, once);
    process.stderr.write(`${result.median} s\n`);
    rows.push({ name, result });
  };
  measure('build 20-slide lecture', RUNS, cli(['build', small, '--out', out, '--lang', 'en']));
  measure('build 200-slide lecture', RUNS, cli(['build', large, '--out', out, '--lang', 'en']));
  measure('build 50 × 40 course (2,000 slides)', RUNS, cli(['build', course, '--out', out, '--lang', 'en']));
  measure('build 50 × 40 course, both languages (4,000 slides)', quick ? 2 : 3, cli(['build', course, '--out', out]));
  measure('check 50 × 40 course', RUNS, () => runMeasured(process.execPath, [CLI, 'check', course]));
  measure('pdf slides.pdf, 200 slides', PDF_RUNS, cli(['pdf', large, '--out', out, '--lang', 'en', '--slides']));
  measure('pdf handout.pdf, 200 slides', PDF_RUNS, cli(['pdf', large, '--out', out, '--lang', 'en', '--handout', '--variant', 'lecturer']));
  measure('pdf all three PDFs, 200 slides', PDF_RUNS, cli(['pdf', large, '--out', out, '--lang', 'en']));

  process.stderr.write('serve: edit-to-reload … ');
  const live = await measureServeLatency(join(work, 'live'), quick ? 8 : 20);
  process.stderr.write(`${live.outline.reload.median} s\n`);
  rows.push({ name: 'edit-to-reload, 100-slide lecture in 20 lectures', result: live.outline.reload });
  rows.push({ name: 'fact edit to reload (a fact that 10 of the 20 lectures use)', result: live.fact.reload });

  const stages = readStages(course, out);

  let cpuProfile: ReturnType<typeof summariseProfile> | undefined;
  if (profile) {
    const dir = join(work, 'profile');
    execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, CLI, 'build', course, '--out', out, '--lang', 'en', '--quiet']);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
    cpuProfile = summariseProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), 15);
  }

  // The target covers the three sizes the issue names (20, 200 and 2,000 slides).
  const rss = Math.max(...rows.filter((r) => /^build (20-|200-|50 × 40 course \()/.test(r.name)).map((r) => r.result.rssMb ?? 0));
  writeReport({
    date: new Date().toISOString(),
    machine: machine(),
    marp,
    results: Object.fromEntries(rows.map((r) => [r.name, r.result])),
    stagesMs: stages,
    peakRssHtmlMb: rss,
    factEditRebuiltDecks: live.fact.decks,
    outlineEditRebuiltDecks: live.outline.decks,
    cpuProfile,
  });
}

function machine() {
  return { cores: availableParallelism(), cpu: cpus()[0]?.model, node: process.version };
}

/** Writes the figures to bench/results/<date>.json and .md, and the table to latest.md. */
function writeReport(report: Report): void {
  const previous = latestResults();
  mkdirSync(RESULTS, { recursive: true });
  const stamp = report.date.slice(0, 19).replace(/[:T]/g, '-');
  writeFileSync(join(RESULTS, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = toMarkdown(report, previous);
  writeFileSync(join(RESULTS, `${stamp}.md`), markdown);
  writeFileSync(join(RESULTS, 'latest.md'), markdown);
  process.stdout.write(markdown);
}

/** The time per pipeline stage, from one run with --timings. */
function readStages(course: string, out: string): Record<string, number> {
  const result = spawnSync(process.execPath, [CLI, 'build', course, '--out', out, '--lang', 'en', '--timings', '--quiet'], { encoding: 'utf8' });
  return JSON.parse(/timings \(ms\): (.*)/.exec(result.stderr)?.[1] ?? '{}') as Record<string, number>;
}

type Report = {
  date: string;
  machine: { cores: number; cpu?: string; node: string };
  marp: PairSummary[];
  factEditRebuiltDecks?: number;
  outlineEditRebuiltDecks?: number;
  results?: Record<string, Summary>;
  stagesMs?: Record<string, number>;
  peakRssHtmlMb?: number;
  cpuProfile?: ReturnType<typeof summariseProfile>;
};

function latestResults(): Report | undefined {
  try {
    const files = readdirSync(RESULTS).filter((f) => /^\d{4}-.*\.json$/.test(f)).sort();
    return files.length ? (JSON.parse(readFileSync(join(RESULTS, files.at(-1)!), 'utf8')) as Report) : undefined;
  } catch {
    return undefined;
  }
}

function toMarkdown(report: Report, previous?: Report): string {
  const lines = [
    `# Lectern benchmark, ${report.date.slice(0, 10)}`,
    '',
    `${report.machine.cores} cores (${report.machine.cpu ?? 'unknown CPU'}), Node ${report.machine.node}.`,
    '',
    '## Side by side with Marp CLI',
    '',
    'The same generated deck (headings, paragraphs, lists, inline code, quotes, a table every 10th slide, notes on every slide, English and Russian), whole processes run in turn (Lectern, then the other, five pairs after one warm-up pair); medians; ratio = Lectern / other; peak memory of the whole process tree, the browser included. Pre-flight checks stay on.',
    '',
    marpTable(report.marp),
  ];
  if (!report.results) return `${lines.join('\n')}\n`;
  lines.push(
    '',
    '## Lectern on its own',
    '',
    'Whole CLI processes; times in seconds (median, min, max of the runs); peak RSS in MB.',
    '',
    '| measurement | median | min | max | runs | peak RSS | target | previous | change |',
    '|---|---:|---:|---:|---:|---:|---|---:|---|',
  );
  for (const [name, r] of Object.entries(report.results)) {
    const target = TARGETS[name];
    const verdict = target ? `${r.median <= target.max ? 'met' : '**missed**'} (< ${target.max} ${target.unit})` : '';
    const before = previous?.results?.[name]?.median;
    const change = before ? (r.median - before) / before : undefined;
    const flag = change === undefined ? '' : `${change > 0 ? '+' : ''}${Math.round(change * 100)}%${change > 0.2 ? ' **slower**' : ''}`;
    lines.push(`| ${name} | ${r.median} | ${r.min} | ${r.max} | ${r.runs} | ${r.rssMb ?? ''} | ${verdict} | ${before ?? ''} | ${flag} |`);
  }
  if (report.factEditRebuiltDecks !== undefined) {
    lines.push('', `Under serve, an outline edit rewrote ${report.outlineEditRebuiltDecks} deck(s); a fact edit rewrote ${report.factEditRebuiltDecks} of the 40 decks (those that use the fact; test/serve checks the count exactly).`);
  }
  const rssTarget = TARGETS['peak RSS, HTML builds']!;
  const rss = report.peakRssHtmlMb ?? 0;
  lines.push('', `Peak RSS of the HTML builds: ${rss} MB (${rss <= rssTarget.max ? 'met' : '**missed**'}, target < ${rssTarget.max} MB).`);
  lines.push('', '## Stages of the 2,000-slide build (ms, one instrumented run)', '', '| stage | ms |', '|---|---:|');
  for (const [stage, ms] of Object.entries(report.stagesMs ?? {})) lines.push(`| ${stage} | ${ms} |`);
  if (report.cpuProfile) {
    lines.push('', '## CPU profile of the 2,000-slide build: top self time', '', '| function | where | self ms | share |', '|---|---|---:|---:|');
    for (const f of report.cpuProfile.top) lines.push(`| ${f.name} | ${f.where} | ${f.selfMs} | ${f.share}% |`);
  }
  return `${lines.join('\n')}\n`;
}

await main();
