import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { MINI_COURSE, REPO, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const ESC = '\u001b[';
const noColorEnv = { NO_COLOR: undefined, FORCE_COLOR: undefined };

describe('option errors', () => {
  it('print one line and where to read more, not the whole help', () => {
    const result = runCli(['build', '--per-page', '4']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "lectern: option '--per-page <n>' argument '4' is invalid. expected 1, 3 or 6\n  hint: see lectern build --help\n",
    );
    expect(result.stdout).toBe('');
  });

  it('name the subcommand the option belongs to', () => {
    const result = runCli(['browser', 'install', '--bogus']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^lectern: unknown option '--bogus'\n {2}hint: see lectern browser install --help\n$/);
  });
});

describe('colour', () => {
  const broken = () => join(REPO, 'test/fixtures/broken/unknown-fact-in-outline');

  it('is off when the output is not a terminal', () => {
    const result = runCli(['check', broken()], undefined, noColorEnv);
    expect(result.stdout).toMatch(/ error /);
    expect(result.stdout).not.toContain(ESC);
  });

  it('is on with FORCE_COLOR: errors red, paths dim', () => {
    const result = runCli(['check', broken()], undefined, { FORCE_COLOR: '1', NO_COLOR: undefined });
    expect(result.stdout).toContain(`${ESC}31merror${ESC}39m`);
    expect(result.stdout).toMatch(/\u001b\[2m[^\n]*\.md:\d+:\d+/);
  });

  it('is off again with NO_COLOR or --no-color, whatever FORCE_COLOR says', () => {
    expect(runCli(['check', broken()], undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(runCli(['check', broken(), '--no-color'], undefined, { FORCE_COLOR: '1', NO_COLOR: undefined }).stdout).not.toContain(ESC);
  });
});

interface BuildReport {
  command: string;
  ok: boolean;
  outDir: string;
  decks: Array<{ lang: string; lecture: string; title: string; file: string }>;
  pdfs: string[];
  seconds: number;
  timings: Record<string, number>;
  diagnostics: Diagnostic[];
}

describe('--format json', () => {
  it('build prints one JSON document: the decks written, timings and diagnostics', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['build', MINI_COURSE, '--out', out, '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as BuildReport;
    expect(report.command).toBe('build');
    expect(report.ok).toBe(true);
    expect(report.decks.map((d) => `${d.lang}/${d.lecture}`).sort()).toEqual(['en/01-demo', 'ru/01-demo']);
    for (const deck of report.decks) expect(readFileSync(join(deck.file), 'utf8')).toContain('<div class="reveal"');
    expect(report.pdfs).toEqual([]);
    expect(Object.keys(report.timings)).toEqual(expect.arrayContaining(['load', 'compile', 'render', 'write']));
    expect(Array.isArray(report.diagnostics)).toBe(true);
  });

  it('a build with content errors prints them as JSON too, exit 1', () => {
    const result = runCli(['build', join(REPO, 'test/fixtures/broken/unknown-fact-in-outline'), '--out', join(tempDir(), 'out'), '--format', 'json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { command: string; ok: boolean; diagnostics: Diagnostic[] };
    expect(report.command).toBe('build');
    expect(report.ok).toBe(false);
    expect(report.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});

describe('lectern --version', () => {
  it('is the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version']).stdout.trim()).toBe(version);
  });
});

describe('lectern completion', () => {
  /** What bash completes after the words typed so far. */
  function complete(words: string[]): string[] {
    const script = runCli(['completion', 'bash']).stdout;
    const bash = spawnSync('bash', ['-c', `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _lectern; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
    return bash.stdout.split('\n').filter(Boolean);
  }

  it('bash completes commands, subcommands and each command\'s own options', () => {
    expect(complete(['lectern', 'b'])).toEqual(['build', 'browser']);
    expect(complete(['lectern', 'browser', 'i'])).toEqual(['install']);
    expect(complete(['lectern', 'pdf', '--per'])).toEqual(['--per-page']);
    expect(complete(['lectern', 'check', '--f'])).toEqual(['--format']);
  });

  it('zsh and fish scripts name every command', () => {
    for (const shell of ['zsh', 'fish']) {
      const script = runCli(['completion', shell]).stdout;
      for (const command of ['build', 'pdf', 'check', 'serve', 'new', 'browser', 'install', 'completion']) expect(script, shell).toContain(command);
    }
  });

  it('rejects a shell it does not know', () => {
    const result = runCli(['completion', 'tcsh']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Allowed choices are bash, zsh, fish');
  });
});
