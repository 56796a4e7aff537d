import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/paths.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The PATH without the project's node_modules/.bin: the npm a user runs, not one a dependency brings along. */
const PATH = (process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules')).join(delimiter);

function run(command: string, args: string[], options: SpawnSyncOptions) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options, env: { ...process.env, PATH, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', ...options.env } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

interface LockEntry {
  version?: string;
  dev?: boolean;
}
type Lock = { packages: Record<string, LockEntry> };
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The packed tarball, installed in an empty folder with the network off. */
let project: string;
let files: string[];
let tarball: string;

/**
 * The package as `npm pack` makes it: a copy of what it ships, with the
 * shrinkwrap that packing writes (its prepack script), so that the tests
 * touch nothing in the project while other tests run from dist/.
 */
function stagePackage(): string {
  const stage = join(tempDir('lectern-stage-'), 'package');
  const { files: shipped } = readJson<{ files: string[] }>(join(REPO, 'package.json'));
  for (const entry of ['package.json', 'package-lock.json', ...shipped]) {
    if (existsSync(join(REPO, entry))) cpSync(join(REPO, entry), join(stage, entry), { recursive: true });
  }
  const shrinkwrap = run(process.execPath, [join(REPO, 'scripts/write-shrinkwrap.mjs'), stage], { cwd: stage });
  expect(shrinkwrap.status, shrinkwrap.out).toBe(0);
  return stage;
}

beforeAll(() => {
  const packs = tempDir('lectern-pack-');
  const pack = run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', packs], { cwd: stagePackage() });
  expect(pack.status, pack.out).toBe(0);
  const [{ filename, files: packed }] = JSON.parse(pack.out.slice(pack.out.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed.map((f) => f.path);
  tarball = join(packs, filename);
  project = tempDir('lectern-installed-');
  writeFileSync(join(project, 'package.json'), '{"name":"a-course","private":true}\n');
  // A first install, anywhere, fills the npm cache (on a machine with no network a mirror or a copied cache does);
  // then the install in the empty folder runs with --offline: every package comes from the cache and nothing
  // may be downloaded, a browser least of all.
  const warm = tempDir('lectern-warm-');
  writeFileSync(join(warm, 'package.json'), '{"name":"warm","private":true}\n');
  const first = run(NPM, ['install', '--prefer-offline', '--ignore-scripts', '--no-package-lock', join(packs, filename)], { cwd: warm });
  expect(first.status, first.out).toBe(0);
  const install = run(NPM, ['install', '--offline', '--no-package-lock', join(packs, filename)], { cwd: project });
  expect(install.status, install.out).toBe(0);
}, 240_000);

describe('the package, installed from its tarball without a network', () => {
  it('carries what users and editors need', () => {
    for (const file of ['LICENSE', 'README.md', 'docs/api.md', 'docs/authoring.md', 'dist/cli.js', 'dist/index.d.ts', 'templates/deck.hbs', 'schemas/course.schema.json']) {
      expect(files, file).toContain(file);
    }
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('src/'))).toBe(false);
  });

  it('ships the tested tree: a shrinkwrap holding every locked package Lectern needs, at its locked version, and no tool of its development', () => {
    expect(files).toContain('npm-shrinkwrap.json');
    const unpacked = tempDir('lectern-unpacked-');
    const untar = run('tar', ['xzf', tarball, '-C', unpacked], {});
    expect(untar.status, untar.out).toBe(0);
    const shipped = readJson<Lock>(join(unpacked, 'package/npm-shrinkwrap.json')).packages;
    const locked = readJson<Lock>(join(REPO, 'package-lock.json')).packages;
    for (const [path, entry] of Object.entries(locked)) {
      if (path && !entry.dev) expect(shipped[path]?.version, path).toBe(entry.version);
    }
    expect(Object.values(shipped).filter((e) => e.dev)).toEqual([]);
    expect(shipped['node_modules/vitest']).toBeUndefined();
    expect(shipped['node_modules/mermaid']?.version).toBe(locked['node_modules/mermaid']!.version);
  });

  it('installs exactly the locked versions from its shrinkwrap, offline', () => {
    const unpacked = join(tempDir('lectern-locked-'));
    expect(run('tar', ['xzf', tarball, '-C', unpacked], {}).status).toBe(0);
    const folder = join(unpacked, 'package');
    // Installed as a dependency, a package's devDependencies are not looked at: the shrinkwrap holds none.
    const { devDependencies: _, ...manifest } = readJson<Record<string, unknown>>(join(folder, 'package.json'));
    writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest));
    const install = run(NPM, ['ci', '--offline', '--omit=dev'], { cwd: folder });
    expect(install.status, install.out).toBe(0);
    // A dependency of a dependency of a dependency (mermaid → @iconify/utils → @antfu/install-pkg → tinyexec), which a
    // fresh resolution would move to its newest release.
    const locked = readJson<Lock>(join(REPO, 'package-lock.json')).packages;
    const installed = (path: string) => readJson<{ version: string }>(join(folder, path, 'package.json')).version;
    expect(installed('node_modules/tinyexec')).toBe(locked['node_modules/tinyexec']!.version);
    for (const path of Object.keys(locked).filter((p) => p && !locked[p]!.dev && !locked[p]!.optional && existsSync(join(folder, p)))) {
      expect(installed(path), path).toBe(locked[path]!.version);
    }
    expect(existsSync(join(folder, 'node_modules/vitest'))).toBe(false);
    const version = run(process.execPath, [join(folder, 'dist/cli.js'), '--version'], { cwd: folder });
    expect(version.status, version.out).toBe(0);
  }, 240_000);

  it('installs no browser of its own', () => {
    expect(existsSync(join(project, 'node_modules/puppeteer'))).toBe(false);
    expect(readdirSync(join(project, 'node_modules')).includes('puppeteer-core')).toBe(true);
  });

  it('scaffolds, checks, builds and exports a course', () => {
    const lectern = (args: string[]) => run(join(project, 'node_modules/.bin/lectern'), args, { cwd: project });
    const created = lectern(['new', 'my-course']);
    expect(created.status, created.out).toBe(0);
    const checked = lectern(['check', 'my-course']);
    expect(checked.status, checked.out).toBe(0);
    const built = lectern(['build', 'my-course', '--out', 'site']);
    expect(built.status, built.out).toBe(0);
    expect(existsSync(join(project, 'site/index.html'))).toBe(true);
    const pdf = lectern(['pdf', 'my-course', '--out', 'site', '--slides']);
    expect(pdf.status, pdf.out).toBe(0);
    const decks = readdirSync(join(project, 'site/en'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(decks.length).toBeGreaterThan(0);
    for (const deck of decks) expect(existsSync(join(project, 'site/en', deck.name, 'slides.pdf')), deck.name).toBe(true);
  }, 240_000);
});
