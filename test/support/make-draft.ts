// Builds an ArticleDraft for tests: a plain-text draft with no metadata, any field overridden.
import type { ArticleDraft } from '../../src/core/types.js';

export function makeDraft(body: string, extra: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    file: 'x.txt', url: null, sourceId: null, format: 'text', body, headings: [], title: null, outlet: null,
    published: null, language: null, author: null, group: null, removed: [], ...extra,
  };
}
