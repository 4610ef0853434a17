// HTML files through the page extractor: metadata carried into the draft, malformed markup tolerated,
// and a page with no article text refused by name.

import { describe, expect, it } from 'vitest';
import { readBuffer, type ReadItem } from './index.js';

const read = (html: string, name = 'site/page.html') => readBuffer(new TextEncoder().encode(html), name, {})[0];
const draft = (item: ReadItem | undefined) => {
  if (!item || !('draft' in item)) throw new Error(`expected a draft, got ${JSON.stringify(item)}`);
  return item.draft;
};

const PARAGRAPH = 'Anneli Strand met Teodor Halloran at the Customs House in Port Elan on Tuesday, the first visit by a Karsland foreign minister in nine years.';

describe('readHtml', () => {
  it('reads an article page with its declared title, outlet, date and language', () => {
    const html = `<!DOCTYPE html><html lang="en"><head>
      <title>Starmer meets Xi | Example News</title>
      <meta property="og:title" content="Starmer meets Xi">
      <meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2026-01-29T10:00:00Z">
      <link rel="canonical" href="https://example.com/starmer-xi">
      </head><body><nav><a href="/">Home</a></nav><article><h1>Starmer meets Xi</h1>
      <p>${PARAGRAPH}</p><h2>Trade</h2><p>${PARAGRAPH.replace('Tuesday', 'Wednesday')}</p></article></body></html>`;
    const d = draft(read(html));
    expect(d.format).toBe('html');
    expect(d.body).toContain(PARAGRAPH);
    expect(d.body).not.toContain('Home');
    expect(d.title).toEqual({ value: 'Starmer meets Xi', from: 'html-meta' });
    expect(d.outlet?.value).toBe('Example News');
    expect(d.published).toEqual({ value: '2026-01-29T10:00:00Z', from: 'html-meta' });
    expect(d.language?.value).toBe('en');
    expect(d.url).toBe('https://example.com/starmer-xi');
    expect(d.group).toBe('site');
  });

  it('tolerates malformed HTML (unclosed tags) and still finds the text', () => {
    const d = draft(read(`<html><body><div><p>${PARAGRAPH}<p>Second paragraph with <b>bold that never closes and enough words to count as article text.<div></body>`));
    expect(d.body).toContain(PARAGRAPH);
    expect(d.body).toContain('bold that never closes');
  });

  it('refuses a page with no article text as bad-html, naming the file', () => {
    const item = read('<html><head><title>Index</title></head><body><nav><a href="/">Home</a></nav></body></html>', 'index.html');
    if (!item || !('error' in item)) throw new Error('expected an error');
    expect(item.error.code).toBe('bad-html');
    expect(item.error.message).toBe('ingest: "index.html" is HTML with no article text found in it');
    expect(item.error.hint).toBeTruthy();
  });

  it('falls back to a date in the file name when the page declares none', () => {
    const d = draft(read(`<html><body><article><p>${PARAGRAPH}</p></article></body></html>`, 'saved/2026-01-29-starmer.html'));
    expect(d.published).toEqual({ value: '2026-01-29', from: 'filename' });
  });

  it('reads a Windows-1252 page that declares its charset', () => {
    const bytes = Buffer.concat([
      Buffer.from(`<html><head><meta charset="windows-1252"></head><body><article><p>${PARAGRAPH} He called it `),
      Buffer.from([0x93]), Buffer.from('vital'), Buffer.from([0x94]), Buffer.from('.</p></article></body></html>'),
    ]);
    const [item] = readBuffer(bytes, 'cp1252.html', {});
    expect(draft(item).body).toContain('He called it “vital”.');
    expect(item && 'draft' in item && item.encoding).toBe('windows-1252');
  });
});

describe('readBuffer options', () => {
  it('labels an upload without a name "(upload)" and uses `file` for draft.file', () => {
    const [a] = readBuffer(new TextEncoder().encode('Some text.'), null, {});
    expect([a?.input, draft(a).file]).toEqual(['(upload)', null]);
    const [b] = readBuffer(new TextEncoder().encode('Some text.'), 'pasted.txt', { file: null });
    expect([b?.input, draft(b).file, draft(b).group]).toEqual(['pasted.txt', null, null]);
  });

  it('reads HTML by its Content-Type when the content alone is ambiguous', () => {
    const [item] = readBuffer(new TextEncoder().encode(`${PARAGRAPH}<br>${PARAGRAPH}`), null, { contentType: 'text/html' });
    expect(draft(item).format).toBe('html');
  });

  it('refuses a buffer above maxBytes', () => {
    const [item] = readBuffer(new Uint8Array(2048).fill(0x61), 'big.txt', { maxBytes: 1024 });
    expect(item && 'error' in item && item.error.code).toBe('too-large');
  });
});
