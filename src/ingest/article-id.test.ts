// Article ids depend on the words only: the same text read from another path, with other line endings
// or spacing, gets the same id; different text gets a different one.

import { describe, expect, it } from 'vitest';
import { articleIdFor, readBuffer } from './index.js';

describe('articleIdFor', () => {
  const base = 'Keir Starmer met Xi Jinping.\n\nThey discussed trade.';
  it.each([
    ['CRLF line endings', 'Keir Starmer met Xi Jinping.\r\n\r\nThey discussed trade.'],
    ['extra spaces and tabs', '  Keir  Starmer met\tXi Jinping.\n\n\nThey discussed   trade.  '],
  ])('gives the same id despite %s', (_label, variant) => {
    expect(articleIdFor(variant)).toBe(articleIdFor(base));
  });

  it('gives the same id to "café" written composed and decomposed', () => {
    expect(articleIdFor('caf\u00e9')).toBe(articleIdFor('cafe\u0301'));
  });

  it('is 16 lower-case hex characters and changes when a word changes', () => {
    expect(articleIdFor(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(articleIdFor(base.replace('trade', 'tariffs'))).not.toBe(articleIdFor(base));
  });

  it('is the same for one text read from two paths', () => {
    const bytes = new TextEncoder().encode(base);
    const ids = ['a/one.txt', 'b/two.md'].map((name) => {
      const [item] = readBuffer(bytes, name, {});
      if (!item || !('draft' in item)) throw new Error('expected a draft');
      return articleIdFor(item.draft.body);
    });
    expect(ids[0]).toBe(ids[1]);
  });
});
