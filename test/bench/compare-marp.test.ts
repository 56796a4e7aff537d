import { describe, expect, it } from 'vitest';
import { marpTable, summarisePair, type Pair } from '../../bench/compare-marp.js';

const sample = (seconds: number, peakMb = 100) => ({ seconds, peakMb });

describe('the side-by-side table', () => {
  it('puts markdown-it alone beside an HTML pair, as seconds and a ratio to the other', () => {
    const pair: Pair = {
      name: 'HTML, 1000 slides',
      against: 'Marp',
      target: 0.25,
      lectern: [1.0, 0.9, 1.1].map((s) => sample(s)),
      other: [1.6, 1.8, 1.7].map((s) => sample(s, 150)),
      floor: [0.44, 0.42, 0.5].map((s) => sample(s, 60)),
    };
    const row = summarisePair(pair);
    expect(row).toMatchObject({ lecternSeconds: 1, otherSeconds: 1.7, ratio: 0.59, met: false, floorSeconds: 0.44, floorRatio: 0.26 });
    expect(marpTable([row]).split('\n')[2]).toBe('| HTML, 1000 slides | 1 | Marp | 1.7 | 0.59 | ≤ 0.25 **missed** | 100 / 150 | yes | 0.44, 0.26 |');
  });

  it('leaves the column empty for a pair measured without it', () => {
    const row = summarisePair({ name: 'lectern --version', against: 'node -e 0', target: 1.3, lectern: [sample(0.2)], other: [sample(0.16)] });
    expect(row.floorSeconds).toBeUndefined();
    expect(marpTable([row]).split('\n')[2]).toMatch(/\| 1\.25 \| ≤ 1\.3 met \| 100 \/ 100 \|  \|  \|$/);
  });
});
