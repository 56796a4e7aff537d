import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { coalesceChanges } from '../../src/watch/coalesce-changes.js';
import type { FileChange } from '../../src/watch/live-site.js';

const change = (path: string, event: FileChange['event'] = 'change'): FileChange => ({ path, event });

describe('coalesceChanges', () => {
  it('hands a burst of saves over as one batch, the last event of each file kept', async () => {
    const batches: FileChange[][] = [];
    const c = coalesceChanges(async (b) => void batches.push(b), { quietMs: 20 });
    c.push(change('/a'));
    await sleep(5);
    c.push(change('/b', 'add'));
    c.push(change('/a', 'unlink'));
    await sleep(60);
    expect(batches).toEqual([[change('/a', 'unlink'), change('/b', 'add')]]);
    await c.close();
  });

  it('by default waits 10 ms of quiet: the steps of one save, a few ms apart, are one batch, handed over soon after the last', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const batches: FileChange[][] = [];
      const c = coalesceChanges(async (b) => void batches.push(b));
      c.push(change('/a.md', 'unlink'));
      await vi.advanceTimersByTimeAsync(4);
      c.push(change('/a.md~', 'add'));
      await vi.advanceTimersByTimeAsync(4);
      c.push(change('/a.md', 'add'));
      await vi.advanceTimersByTimeAsync(9);
      expect(batches).toEqual([]);
      await vi.advanceTimersByTimeAsync(2);
      expect(batches).toEqual([[change('/a.md', 'add'), change('/a.md~', 'add')]]);
      await c.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('never runs two batches at once: changes made meanwhile make the next batch', async () => {
    const log: string[] = [];
    const c = coalesceChanges(
      async (b) => {
        log.push(`start ${b.map((x) => x.path).join(',')}`);
        await sleep(50);
        log.push('end');
      },
      { quietMs: 5 },
    );
    c.push(change('/a'));
    await sleep(20);
    expect(c.waiting()).toBe(false);
    c.push(change('/b'));
    c.push(change('/c'));
    // The batch being handled can ask whether more changes wait.
    expect(c.waiting()).toBe(true);
    await sleep(120);
    expect(c.waiting()).toBe(false);
    expect(log).toEqual(['start /a', 'end', 'start /b,/c', 'end']);
    await c.close();
  });

  it('does not wait forever for a pause in a steady stream of changes', async () => {
    const batches: FileChange[][] = [];
    const c = coalesceChanges(async (b) => void batches.push(b), { quietMs: 20, maxWaitMs: 60 });
    for (let i = 0; i < 12; i++) {
      c.push(change(`/f${i}`));
      await sleep(10);
    }
    expect(batches.length).toBeGreaterThanOrEqual(1);
    await c.close();
  });
});
