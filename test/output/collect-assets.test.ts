import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageAssets } from '../../src/output/collect-assets.js';

describe('packageAssets', () => {
  it('takes every file from the packages Node resolves', () => {
    const assets = packageAssets();
    for (const asset of assets) expect(existsSync(asset.from), asset.from).toBe(true);
    const require = createRequire(import.meta.url);
    const revealJs = assets.find((a) => a.to === 'reveal/reveal.js')!;
    expect(realpathSync(revealJs.from)).toBe(realpathSync(join(dirname(require.resolve('reveal.js')), 'reveal.js')));
    expect(assets.filter((a) => a.to.startsWith('fonts/pt-sans/files/')).length).toBeGreaterThan(4);
  });
});
