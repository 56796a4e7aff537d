import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { treeProcesses } from '../../bench/tree-memory.js';

/** A process that starts two children, one of which starts a grandchild, from a worker thread and from its main thread. */
const PARENT = `
const { spawn } = require('node:child_process');
const { Worker } = require('node:worker_threads');
const sleep = ['-e', 'setTimeout(() => {}, 30000)'];
spawn(process.execPath, sleep, { stdio: 'ignore' });
spawn(process.execPath, ['-e', \`require('node:child_process').spawn(process.execPath, \${JSON.stringify(sleep)}, { stdio: 'ignore' }); setTimeout(() => {}, 30000)\`], { stdio: 'ignore' });
new Worker("require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' }); setTimeout(() => {}, 30000)", { eval: true });
console.log('started');
setTimeout(() => {}, 30000);
`;

describe('treeProcesses', () => {
  it('finds every descendant with its memory, also those started from other threads than the main one', async () => {
    const parent = spawn(process.execPath, ['-e', PARENT], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await once(parent.stdout!, 'data');
      // Until every process has started: one just forked and not yet running node holds almost no memory of its own.
      const started = (tree: ReturnType<typeof treeProcesses>) => tree.length >= 5 && tree.every((p) => p.rssKb > 1000);
      let tree = treeProcesses(parent.pid!);
      for (let i = 0; i < 200 && !started(tree); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        tree = treeProcesses(parent.pid!);
      }
      expect(tree[0]!.pid).toBe(parent.pid);
      expect(tree).toHaveLength(5);
      expect(tree.every((p) => p.rssKb > 1000)).toBe(true);
    } finally {
      for (const { pid } of treeProcesses(parent.pid!).reverse()) process.kill(pid, 'SIGKILL');
    }
  }, 30_000);
});
