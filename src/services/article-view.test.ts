// Specifies an article's view, which the reports and the web UI's article and story pages print: its
// metadata rows with where each value came from (only http(s) URLs as links), the notes on an inferred
// date and a near-copy, and the clean text as paragraphs and headings with every sentence placed.
import { describe, expect, it } from 'vitest';
import { article, hostileArticle, ledgerArticle, timesArticle } from '../../test/support/page-fixtures.js';
import { buildArticleView, httpUrl } from './article-view.js';
import { inlineText } from './view-labels.js';

describe('httpUrl', () => {
  it('keeps http(s) URLs and nothing else', () => {
    expect(httpUrl(' https://ledger.example/ferry ')).toBe('https://ledger.example/ferry');
    expect(httpUrl('http://x.example')).toBe('http://x.example/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>', '/relative', 'ftp://x.example/', '', null]) expect(httpUrl(bad)).toBeNull();
  });
});

describe('buildArticleView', () => {
  const ledger = buildArticleView(ledgerArticle());

  it('gives the metadata rows in a fixed order with where each value came from; a missing value is null', () => {
    expect(ledger.metadata.map((r) => [r.field, r.value === null ? null : inlineText([r.value]), r.from])).toEqual([
      ['id', 'art-ledger-1', 'content'],
      ['outlet', 'The Harbour Ledger', 'html-meta'],
      ['published', '2026-03-02', 'json'],
      ['dateline', null, null],
      ['title', 'Ferry deal signed in Port Elan', 'html-meta'],
      ['language', 'en', 'detected'],
      ['author', 'Ada Berg', 'byline'],
      ['url', 'https://ledger.example/ferry', 'input'],
      ['format', 'html', 'detected'],
      ['read from', 'upload', 'input'],
    ]);
    expect(ledger.metadata[0]!.value).toEqual({ text: 'art-ledger-1', style: 'code' });
  });

  it('links an http(s) URL and shows any other URL as code, never as a link', () => {
    expect(ledger.metadata.find((r) => r.field === 'url')!.value).toEqual({ text: 'https://ledger.example/ferry', link: { url: 'https://ledger.example/ferry' } });
    expect(buildArticleView(hostileArticle()).metadata.find((r) => r.field === 'url')!.value).toEqual({ text: 'javascript:alert(document.cookie)', style: 'code' });
  });

  it('adds a muted row per understanding stage the article’s language kept from running', () => {
    const german = article({ id: 'de', text: 'Der Kanzler reiste nach Paris.', analysis: { language: 'de', skipped: [{ stage: 'entities', reason: 'English rules only' }], limited: [{ stage: 'times', reason: 'dates by chrono-node' }] } });
    expect(buildArticleView(german).metadata.slice(-2)).toEqual([
      { field: 'entities', value: { text: 'English rules only', style: 'muted' }, from: 'language' },
      { field: 'times', value: { text: 'dates by chrono-node', style: 'muted' }, from: 'language' },
    ]);
  });

  it('explains an inferred publication date, the date emphasized, the equally consistent days when there are several', () => {
    const times = buildArticleView(timesArticle());
    expect(times.publishedInferred).toBe(true);
    expect(times.notes[0]!.kind).toBe('inference');
    expect(times.notes[0]!.text[1]).toEqual({ text: '2026-03-03', style: 'strong' });
    expect(inlineText(times.notes[0]!.text)).toBe(
      'Publication date inferred as 2026-03-03 (equally consistent: 2026-03-03 to 2026-03-04): “on 3 March” matches The Harbour Ledger’s date of the signing.',
    );
  });

  it('says which article a near-copy copies: by outlet and headline when the writer has it, else by id', () => {
    const withOriginal = buildArticleView(timesArticle(), (id) => (id === 'art-ledger-1' ? ledgerArticle() : undefined));
    expect(withOriginal.nearCopy).toBe(true);
    expect(withOriginal.notes[1]!.text).toEqual([
      'Near-copy of ',
      { text: 'The Harbour Ledger: Ferry deal signed in Port Elan', link: { article: 'art-ledger-1' } },
      ' (91% shared: same wire copy); not counted as an independent source.',
    ]);
    expect(buildArticleView(timesArticle()).notes[1]!.text[1]).toEqual({ text: 'art-ledger-1', style: 'code', link: { article: 'art-ledger-1' } });
  });

  it('splits the clean text into paragraphs and headings with each sentence placed at its offsets in its paragraph', () => {
    expect(ledger.paragraphs.map((p) => [p.heading, p.text.slice(0, 20), p.sentences.map((s) => [s.index, p.text.slice(s.start, s.end) === ledgerArticle().sentences[s.index]])])).toEqual([
      [true, 'Ferry deal signed', []],
      [false, 'Karsland and Velsand', [[0, true]]],
      [false, '“A quay without a sh', [[1, true]]],
      [false, 'The old ferry stoppe', [[2, true]]],
    ]);
    expect(ledger.paragraphs[1]!.start).toBe('Ferry deal signed\n\n'.length);
    expect(ledger.unplacedSentences).toEqual([]);
  });

  it('leaves out blank paragraphs and lists the sentences it cannot find verbatim', () => {
    const view = buildArticleView(article({ id: 'x', text: 'One.\n\n \n\nTwo. Three.', sentences: ['One.', 'Missing.', 'Three.', 'Two.'] }));
    expect(view.paragraphs.map((p) => p.text)).toEqual(['One.', 'Two. Three.']);
    expect(view.paragraphs[1]!.sentences.map((s) => s.index)).toEqual([2]);
    // "Two." comes before "Three." in the text but after it in the list: it cannot be placed in order.
    expect(view.unplacedSentences).toEqual([{ index: 1, text: 'Missing.' }, { index: 3, text: 'Two.' }]);
  });

  it('gives a headline to an article without one, and the removed junk with its reasons', () => {
    expect(buildArticleView(article({ id: 'x', text: 'A.' })).headline).toBe('(no headline)');
    expect(ledger.removed).toEqual([{ text: 'Sign up to our newsletter!', reason: 'boilerplate: newsletter promo' }]);
  });
});
