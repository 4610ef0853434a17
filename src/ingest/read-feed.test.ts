// RSS and Atom readers: one draft per item with the feed's own metadata, full content preferred over
// teasers, and the bad-feed / no-text cases reported per feed and per item.

import { describe, expect, it } from 'vitest';
import { draftOf, errorOf } from '../../test/support/read-items.js';
import { readBuffer } from './index.js';

const read = (xml: string, name = 'news.rss') => readBuffer(new TextEncoder().encode(xml), name, {});
const draft = draftOf;
const error = errorOf;

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example News &amp; Views</title>
  <link>https://example.com</link>
  <language>en-gb</language>
  <item>
    <title>Starmer meets Xi</title>
    <link>https://example.com/1</link>
    <guid isPermaLink="false">ex-1</guid>
    <pubDate>Thu, 29 Jan 2026 10:00:00 +0000</pubDate>
    <dc:creator>Jo Reporter</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>Full text &amp; more.</p><h2>Trade</h2><p>Second paragraph.</p>]]></content:encoded>
  </item>
  <item>
    <title>Teaser only</title>
    <link>https://example.com/2</link>
    <pubDate>Fri, 30 Jan 2026 23:30:00 -0500</pubDate>
    <description>&lt;p&gt;Escaped &amp;amp; HTML teaser.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Nothing to read</title>
    <link>https://example.com/3</link>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Le Journal</title>
  <entry>
    <title type="html">Starmer &lt;em&gt;à&lt;/em&gt; Pékin</title>
    <id>urn:uuid:1</id>
    <link rel="self" href="https://j.fr/api/1"/>
    <link rel="alternate" href="https://j.fr/1"/>
    <published>2026-01-29T11:00:00+01:00</published>
    <updated>2026-01-30T08:00:00+01:00</updated>
    <author><name>Marie</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Premier <b>paragraphe</b>.</p><p>Second.</p></div></content>
  </entry>
  <entry>
    <title>Résumé</title>
    <id>urn:uuid:2</id>
    <updated>2026-01-30T09:00:00Z</updated>
    <summary type="text">Line one &amp; two.</summary>
  </entry>
  <entry>
    <title>HTML content</title>
    <id>urn:uuid:3</id>
    <content type="html">&lt;p&gt;Un &amp;amp; deux.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('readFeed: RSS 2.0', () => {
  const items = read(RSS);

  it('labels items path#1, path#2, … and groups them by the feed file', () => {
    expect(items.map((i) => i.input)).toEqual(['news.rss#1', 'news.rss#2', 'news.rss#3']);
    expect(draft(items[0]).group).toBe('news.rss');
    expect(draft(items[0]).file).toBe('news.rss');
  });

  it('prefers content:encoded over the description and keeps its headings', () => {
    const d = draft(items[0]);
    expect(d.body).toBe('Full text & more.\n\nTrade\n\nSecond paragraph.');
    expect(d.headings).toEqual(['Trade']);
  });

  it('reads title, link, guid, date, author, outlet and language from the item and channel', () => {
    const d = draft(items[0]);
    expect([d.title, d.url, d.sourceId, d.published, d.author, d.outlet, d.language, d.format]).toEqual([
      { value: 'Starmer meets Xi', from: 'feed' }, 'https://example.com/1', 'ex-1',
      { value: '2026-01-29T10:00:00Z', from: 'feed' }, 'Jo Reporter',
      { value: 'Example News & Views', from: 'feed' }, { value: 'en-gb', from: 'feed' }, 'rss',
    ]);
  });

  it('falls back to an escaped-HTML description and keeps the pubDate offset', () => {
    const d = draft(items[1]);
    expect(d.body).toBe('Escaped & HTML teaser.');
    expect(d.published?.value).toBe('2026-01-30T23:30:00-05:00');
  });

  it('reports an item with neither content nor description as no-text, naming the item', () => {
    const e = error(items[2]);
    expect(e.code).toBe('no-text');
    expect(e.message).toBe('ingest: "news.rss" item 3 ("Nothing to read") has neither content nor a description');
  });
});

describe('readFeed: Atom', () => {
  const items = read(ATOM, 'journal.atom');

  it('reads xhtml content, the alternate link, the published date and the feed language', () => {
    const d = draft(items[0]);
    expect([d.format, d.body, d.url, d.sourceId, d.published?.value, d.author, d.outlet?.value, d.language?.value]).toEqual([
      'atom', 'Premier paragraphe.\n\nSecond.', 'https://j.fr/1', 'urn:uuid:1', '2026-01-29T11:00:00+01:00', 'Marie', 'Le Journal', 'fr',
    ]);
    expect(d.title?.value).toBe('Starmer à Pékin');
  });

  it('reads a text summary when there is no content, and html content', () => {
    expect(draft(items[1]).body).toBe('Line one & two.');
    expect(draft(items[1]).published?.value).toBe('2026-01-30T09:00:00Z');
    expect(draft(items[2]).body).toBe('Un & deux.');
  });
});

describe('readFeed: bad feeds', () => {
  it('reports a feed with zero items as bad-feed "feed has no items"', () => {
    const [item, ...rest] = read('<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>', 'empty.rss');
    expect(rest).toEqual([]);
    const e = error(item);
    expect(e.code).toBe('bad-feed');
    expect(e.message).toBe('ingest: "empty.rss" is an RSS feed, but the feed has no items');
    expect(e.hint).toBeTruthy();
  });

  it('reports an Atom feed with zero entries the same way', () => {
    expect(error(read('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'e.atom')[0]).message).toContain('feed has no items');
  });

  it('reports a feed nested 10,000 elements deep by its depth, not as malformed XML', () => {
    const deep = `<?xml version="1.0"?><rss><channel><title>T</title><item><title>x</title><description>Text.</description>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</item></channel></rss>`;
    expect(error(read(deep, 'deep.rss')[0]).message).toBe('ingest: "deep.rss" nests its elements more than 100 levels deep');
  });

  it('reads every item of a feed of 10,000 items', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `<item><title>T${i}</title><description>Item ${i} text.</description></item>`).join('');
    const read10k = read(`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`, 'big.rss');
    expect(read10k).toHaveLength(10_000);
    expect(draft(read10k[9_999]).body).toBe('Item 9999 text.');
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>RDF News</title></channel>
      <item><title>One</title><link>https://r/1</link><description>First item.</description><dc:date>2026-01-29</dc:date></item>
    </rdf:RDF>`;
    const d = draft(read(rdf, 'r.rdf')[0]);
    expect([d.body, d.outlet?.value, d.published?.value, d.url]).toEqual(['First item.', 'RDF News', '2026-01-29', 'https://r/1']);
  });
});
