// The behaviour every Store implementation must show, as a reusable vitest suite: SQLite runs it
// always; a PostgreSQL implementation will run the same suite when a server is configured.
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../support/make-article.js';
import type { Store } from '../../src/store/store.js';

export function describeStoreContract(name: string, open: () => Store): void {
  describe(`${name} store contract`, () => {
    it('stores an article and returns it whole', async () => {
      const store = open();
      const article = makeArticle();
      expect(await store.putArticle(article, 'examples/a.txt')).toEqual({ status: 'inserted' });
      expect(await store.getArticle(article.id)).toEqual(article);
      await store.close();
    });

    it('reports a second copy as a duplicate and keeps both inputs as sources', async () => {
      const store = open();
      const article = makeArticle();
      await store.putArticle(article, 'a/one.txt');
      const again = await store.putArticle({ ...article, file: 'b/two.txt' }, 'b/two.txt');
      expect(again.status).toBe('duplicate');
      expect(again.status === 'duplicate' && again.existing.file).toBe('examples/text/ferry.txt');
      expect(await store.countArticles()).toBe(1);
      expect(await store.getSources(article.id)).toEqual(['a/one.txt', 'b/two.txt']);
      await store.close();
    });

    it('finds an article by a unique id prefix of six or more characters', async () => {
      const store = open();
      await store.putArticle(makeArticle({ id: 'abcdef0000000001' }), null);
      await store.putArticle(makeArticle({ id: 'abcdef1111111111' }), null);
      expect((await store.getArticle('abcdef1'))?.id).toBe('abcdef1111111111');
      expect(await store.getArticle('abcdef')).toBeNull(); // ambiguous
      expect(await store.getArticle('abc')).toBeNull(); // too short
      expect(await store.getArticle('ffffffffffffffff')).toBeNull();
      await store.close();
    });

    it('lists newest first, undated last, with outlet and date filters and paging', async () => {
      const store = open();
      await store.putArticle(makeArticle({ id: '1000000000000000', published: '2026-03-01', outlet: 'A' }), null);
      await store.putArticle(makeArticle({ id: '2000000000000000', published: null, publishedFrom: null, outlet: 'B' }), null);
      await store.putArticle(makeArticle({ id: '3000000000000000', published: '2026-03-05T10:00:00Z', outlet: 'A' }), null);
      expect((await store.listArticles()).map((a) => a.id)).toEqual(['3000000000000000', '1000000000000000', '2000000000000000']);
      expect((await store.listArticles({ outlet: 'a' })).map((a) => a.id)).toEqual(['3000000000000000', '1000000000000000']);
      expect((await store.listArticles({ since: '2026-03-02' })).map((a) => a.id)).toEqual(['3000000000000000']);
      expect((await store.listArticles({ until: '2026-03-05' })).map((a) => a.id)).toEqual(['3000000000000000', '1000000000000000']);
      expect((await store.listArticles({ limit: 1, offset: 1 })).map((a) => a.id)).toEqual(['1000000000000000']);
      await store.close();
    });

    it('searches title and text with prefixes, every word required, title matches first', async () => {
      const store = open();
      await store.putArticle(makeArticle({ id: '1000000000000000', title: 'Harbour strike ends', text: 'Dockers went back to work.' }), null);
      await store.putArticle(makeArticle({ id: '2000000000000000', title: 'Budget vote', text: 'The harbour budget passed; no strike.' }), null);
      await store.putArticle(makeArticle({ id: '3000000000000000', title: 'Storm', text: 'Rain fell on the harbour.' }), null);
      const hits = await store.searchArticles('harb strike');
      expect(hits.map((h) => h.id)).toEqual(['1000000000000000', '2000000000000000']);
      expect(hits[1]?.snippet).toContain('[harbour]');
      expect(await store.searchArticles('"NEAR(*')).toEqual([]); // FTS syntax in user text is inert
      await store.close();
    });
  });
}
