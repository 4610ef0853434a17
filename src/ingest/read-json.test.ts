// JSON and JSON-lines readers: field aliases from real exporters, per-record errors that name the file
// and record, and the rest of a file still read when one record is bad.

import { describe, expect, it } from 'vitest';
import { draftOf, errorOf } from '../../test/support/read-items.js';
import { readBuffer } from './index.js';

const read = (text: string, name = 'export.json') => readBuffer(new TextEncoder().encode(text), name, {});
const draft = draftOf;
const error = errorOf;

describe('readJson: field aliases', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['plain names', { text: 'Body.', title: 'T', date: '2026-01-29', url: 'https://x/1', source: 'BBC', id: 'a1', lang: 'en', author: 'Jo' },
      { body: 'Body.', title: 'T', published: '2026-01-29', url: 'https://x/1', outlet: 'BBC', sourceId: 'a1', language: 'en', author: 'Jo' }],
    ['NewsAPI article', { source: { id: 'bbc-news', name: 'BBC News' }, author: 'BBC', title: 'Starmer in China', url: 'https://bbc/1', publishedAt: '2026-01-29T09:12:00Z', content: 'Sir Keir…' },
      { body: 'Sir Keir…', title: 'Starmer in China', published: '2026-01-29T09:12:00Z', outlet: 'BBC News', author: 'BBC' }],
    ['news-please export', { maintext: 'Main text.', title: 'T', date_publish: '2026-01-29 10:00:00', source_domain: 'ft.com', language: 'en', authors: ['A B', 'C D'] },
      { body: 'Main text.', published: '2026-01-29T10:00:00', outlet: 'ft.com', author: 'A B, C D' }],
    ['schema.org NewsArticle', { '@type': 'NewsArticle', headline: 'H', articleBody: 'AB.', datePublished: 'January 29, 2026', publisher: { '@type': 'Organization', name: 'Reuters' }, inLanguage: 'en-GB' },
      { body: 'AB.', title: 'H', published: '2026-01-29', outlet: 'Reuters', language: 'en-GB' }],
    ['capitalised keys', { Title: 'T', Body: 'B.', PubDate: 'Thu, 29 Jan 2026 10:00:00 GMT', Link: 'https://x' },
      { body: 'B.', title: 'T', published: '2026-01-29T10:00:00Z', url: 'https://x' }],
    ['html field converted to text', { html: '<h2>Sub</h2><p>First &amp; second.</p>', guid: 42 },
      { body: 'Sub\n\nFirst & second.', headings: ['Sub'], sourceId: '42' }],
    ['HTML inside content converted to text', { content: '<p>One.</p><p>Two.</p>' }, { body: 'One.\n\nTwo.' }],
    ['array of paragraphs', { text: ['One.', 'Two.'] }, { body: 'One.\n\nTwo.' }],
    ['epoch seconds date', { text: 'x', published: 1769680800 }, { published: '2026-01-29T10:00:00Z' }],
    ['a date without a year is not completed', { text: 'x', date: '29 January' }, { published: null }],
    ['a language name is not a tag', { text: 'x', language: 'English' }, { language: null }],
  ];
  it.each(cases)('reads %s', (_label, record, expected) => {
    const d = draft(read(JSON.stringify(record))[0]);
    const actual: Record<string, unknown> = {
      body: d.body, title: d.title?.value ?? null, published: d.published?.value ?? null, url: d.url,
      outlet: d.outlet?.value ?? null, sourceId: d.sourceId, language: d.language?.value ?? null, author: d.author, headings: d.headings,
    };
    for (const [k, v] of Object.entries(expected)) expect([k, actual[k]]).toEqual([k, v]);
    if (d.title) expect(d.title.from).toBe('json');
    if (d.published) expect(d.published.from).toBe('json');
  });

  it('labels a single object by the path and records of an array path#1, path#2', () => {
    expect(read('{"text":"a"}').map((i) => i.input)).toEqual(['export.json']);
    expect(read('[{"text":"a"},{"text":"b"}]').map((i) => i.input)).toEqual(['export.json#1', 'export.json#2']);
  });

  it('unwraps an API response {"status":"ok","articles":[…]}', () => {
    const items = read(JSON.stringify({ status: 'ok', totalResults: 2, articles: [{ content: 'a' }, { content: 'b' }] }));
    expect(items.map((i) => draft(i).body)).toEqual(['a', 'b']);
  });
});

describe('readJson: bad records', () => {
  it('reports a record without any text field, naming file, record and the fields found', () => {
    const items = read('[{"text":"ok"},{"title":"T","url":"https://x"}]');
    expect(draft(items[0]).body).toBe('ok');
    const e = error(items[1]);
    expect(e.code).toBe('no-text');
    expect(e.message).toBe('ingest: "export.json" record 2 has no text field (found: title, url)');
    expect(e.hint).toContain('text, body, content');
  });

  it('reports a record whose text field is empty', () => {
    expect(error(read('{"text":"  ","title":"T"}')[0]).message).toBe('ingest: "export.json" has an empty "text" field');
  });

  it('reports a text field of the wrong type by naming the type (found by fuzzing: it said "empty")', () => {
    expect(error(read('{"text": 42}')[0]).message).toBe('ingest: "export.json" has a JSON number in "text", expected the article text as a string');
    expect(error(read('{"body": ["One.", 2]}')[0]).message).toBe('ingest: "export.json" has a JSON array in "body", expected the article text as a string');
    expect(error(read('{"text": null, "title": "T"}')[0]).message).toBe('ingest: "export.json" has a JSON null in "text", expected the article text as a string');
    expect(error(read('{"content": {"text": "nested"}}')[0]).code).toBe('no-text');
  });

  it('ignores metadata of the wrong type: a date past what a Date holds, a title object, a numeric outlet', () => {
    const d = draft(read('{"text": "Body.", "date": 1e308, "title": {"a": 1}, "source": 7, "language": 7, "author": [{"name": 5}, null]}')[0]);
    expect([d.published, d.title, d.outlet, d.language, d.author]).toEqual([null, null, null, null, null]);
  });

  it('reports a single object without text by the file name', () => {
    expect(error(read('{"headline":"Only a title"}')[0]).code).toBe('no-text');
  });

  it('reports an empty array and non-object records', () => {
    expect(error(read('[]')[0]).code).toBe('empty');
    const items = read('["just a string", {"text":"ok"}]');
    expect(error(items[0]).message).toBe('ingest: "export.json" record 1 holds a JSON string, expected an article object');
    expect(draft(items[1]).body).toBe('ok');
    expect(error(read('[[1, 2]]')[0]).message).toBe('ingest: "export.json" record 1 holds a JSON array, expected an article object');
  });
});

describe('readJsonLines', () => {
  it('reads each line as a record and reports a broken line by its number, reading the others', () => {
    const text = '{"text":"one"}\n\n{"text": "two"\n{"text":"three","title":"Third"}\n';
    const items = read(text, 'feed.jsonl');
    expect(items.map((i) => i.input)).toEqual(['feed.jsonl#1', 'feed.jsonl#2', 'feed.jsonl#3']);
    expect(draft(items[0]).body).toBe('one');
    const e = error(items[1]);
    expect(e.code).toBe('bad-json');
    expect(e.message).toMatch(/^ingest: "feed\.jsonl" record 2 \(line 3\) is not valid JSON: /);
    expect(draft(items[2]).title).toEqual({ value: 'Third', from: 'json' });
    expect(draft(items[2]).format).toBe('jsonl');
  });

  it('reports a JSONL record without text by record and line', () => {
    const items = read('{"text":"one"}\n{"title":"no body"}\n', 'x.jsonl');
    expect(error(items[1]).message).toBe('ingest: "x.jsonl" record 2 (line 2) has no text field (found: title)');
  });
});
