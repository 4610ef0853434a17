// fast-check generators of hostile news input for the pipeline fuzz properties: article text mixing news
// sentences (figures and dates at the edges of what the parsers read, quotes, names) with random Unicode
// (RTL text and marks, combining marks, emoji, NUL, lone surrogates), then wrapped as a user would hand it
// over — plain text, JSON (fields of the wrong type), JSON lines, HTML (nested tags, scripts, tag soup), RSS or
// Atom, and bytes in the encodings files come in (UTF-16, Windows-1252, BOMs) or none.
import fc from 'fast-check';
import type { PipelineInput } from './run-pipeline.js';

/** Figures the quantity reader and the cross-check's comparisons must survive. */
export const EDGE_NUMBERS = ['1e308', '0', 'NaN', '1,000,000,000,000,000,000,000', '½', '-3', 'two-thirds', 'Infinity', '-0',
  '0.0000001', '99999999999999999999', '1e-308', '3/4', 'a third', '¾', '1.5e10', '10⁹', '٣', '4,5', '1.000.000'];

/** Dates at the edges: years 0000 and 9999, days that do not exist, a year with five digits. */
export const EDGE_DATES = ['0000-01-01', '9999-12-31', '2024-02-30', '2023-02-29', '2024-13-01', '0001-01-01',
  'Feb 30, 2024', '31 April 2024', '10000-01-01', '9999-12-31T23:59:59-12:00', '0000-01-01T00:00:00+14:00', '1970-01-01'];

const PEOPLE = ['Anna Berg', 'Ilan Droste', 'Nia Okafor-Lind', 'محمد العلي', 'José Núñez', 'Zoë O’Brien'];
const PLACES = ['Karvik', 'Port Tavel', 'Orrin Valley', 'القاهرة', 'Łódź'];

/** Text fragments that stress one reader or annotator each. */
const ODD = ['\u202e', '\u202c', '\u200f', '\u200b', '\ufeff', '\u0000', '\u0301\u0301\u0301', 'e\u0301', '👨‍👩‍👧', '🏳️‍🌈', '😀',
  'Z̴̢̛͓a̸l̷g̶o̵', 'שלום', 'مرحبا', '中文新闻报道。', '\u00a0', '\t', '\r\n', '\r', '&amp;', '<b>', ']]>', '\\', '"', '“', '”', '‘', '’', '«', '»', '„'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Random characters of every kind, lone surrogates included. */
const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: loneSurrogate, maxLength: 3 }),
  fc.constantFrom(...ODD),
);

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A sentence a news article could hold, with values from the edges. */
const newsSentence = fc.oneof(
  fc.tuple(pick(PEOPLE), pick(EDGE_NUMBERS), pick(PLACES)).map(([p, n, pl]) => `${p} said ${n} people were evacuated from ${pl} on Tuesday.`),
  fc.tuple(pick(EDGE_NUMBERS), pick(EDGE_DATES)).map(([n, d]) => `The flood killed ${n} residents on ${d}, officials said.`),
  fc.tuple(pick(PLACES), pick(EDGE_NUMBERS)).map(([pl, n]) => `${pl} is the ${n} largest port, and prices rose ${n} percent to $${n} million.`),
  fc.tuple(pick(PEOPLE), pick(EDGE_DATES)).map(([p, d]) => `“We will rebuild the harbour by ${d},” ${p} said.`),
  fc.tuple(pick(PEOPLE), pick(PLACES)).map(([p, pl]) => `According to ${p}, the mayor of ${pl}, “the water rose” and “nobody left”.`),
  pick(EDGE_DATES).map((d) => `The storm of ${d} was the worst in 9999 years, and in the year 0000 it was worse.`),
  fc.constantFrom('“”', '""', '“ ” “ ”', '“We will.” “No.” “Yes.”', '"', '“', '‘’', "'", '«»', '“““”””'),
  fc.constantFrom('Mr.', 'U.S.', 'No.', 'p.m.', 'J. R.', '...', '?!', '—', '–', '-'),
);

const piece = fc.oneof({ weight: 3, arbitrary: newsSentence }, { weight: 2, arbitrary: noise });

/** An article body: news sentences and noise, joined by spaces, line breaks and paragraph breaks. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '', '  ')), { minLength: 1, maxLength: 40, size: 'medium' })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

/** A JSON value of any type, for a field that should have held a string. */
const wrongType = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 253402300800000, -62198755200000),
  fc.double(),
  fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 2 }),
);

/** A field value: usually a plausible one, sometimes the wrong type. */
const field = (plausible: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: wrongType });

const jsonRecord = (text: fc.Arbitrary<unknown>) =>
  fc.record({
    title: field(fc.oneof(fc.string({ maxLength: 30 }), pick(PLACES))),
    text,
    date: field(fc.oneof(pick(EDGE_DATES), fc.constant('2024-03-05'))),
    source: field(fc.oneof(pick(['Harbor Times', 'Valley Courier', 'Meridian Wire']), fc.string({ maxLength: 10 }))),
    id: field(fc.string({ maxLength: 8 })),
    language: field(fc.constantFrom('en', 'de', 'ar', 'zz', 'en_GB', '')),
    author: field(fc.oneof(pick(PEOPLE), fc.array(pick(PEOPLE), { maxLength: 2 }))),
  }, { requiredKeys: ['text'] });

/** Paragraphs of `text` inside random nesting, among scripts, styles and comments. */
const htmlPage = fc
  .tuple(hostileText, fc.array(fc.constantFrom('div', 'span', 'article', 'section', 'p', 'b', 'font', 'li', 'table', 'td', 'svg', 'noscript'), { maxLength: 40 }), fc.boolean(), fc.boolean())
  .map(([text, tags, scripts, closed]) => {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = escaped.split('\n\n').map((p) => `<p>${p}</p>`).join('');
    const open = tags.map((t) => `<${t} class="x">`).join('');
    const close = closed ? [...tags].reverse().map((t) => `</${t}>`).join('') : '';
    const script = scripts ? '<script>var t = "The council voted on Tuesday";</script><style>p{}</style><!-- a comment -->' : '';
    return `<!doctype html><html><head><title>${escaped.slice(0, 40)}</title>${script}</head><body>${open}${body}${script}${close}</body></html>`;
  });

const rssFeed = fc.array(fc.tuple(hostileText, fc.boolean(), pick(EDGE_DATES)), { minLength: 1, maxLength: 4 }).map((items) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Times</title>${items
    .map(([text, cdata, date]) => {
      const body = cdata && !text.includes(']]>') ? `<![CDATA[<p>${text}</p>]]>` : text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return `<item><title>Flood</title><pubDate>${date}</pubDate><description>${body}</description></item>`;
    })
    .join('')}</channel></rss>`,
);

/** Tag soup: open and close tags of every kind, attributes that carry metadata, entities, text, in any order. */
const tag = fc.constantFrom('div', 'p', 'span', 'a', 'script', 'style', 'h1', 'li', 'table', 'td', 'br', 'pre', 'article', 'main', 'nav',
  'time', 'meta', 'title', 'svg', 'noscript', 'template', '!--', '![CDATA[', '?xml', 'html', 'body', 'head', 'rss', 'item', 'feed', 'entry');
const attribute = fc.constantFrom('', ' class="article-body"', ' itemprop="articleBody"', ' hidden', ' class="share"', ' datetime="9999-12-31"',
  ' property="article:published_time" content="0000-01-01"', ' lang="ar" dir="rtl"', ' type="application/ld+json"', ' name="author" content="\u0000"');
const tagSoup = fc.array(fc.oneof(
  fc.tuple(tag, attribute).map(([t, a]) => `<${t}${a}>`),
  tag.map((t) => `</${t}>`),
  hostileText,
  fc.constantFrom('&amp;', '&#0;', '&#xD800;', '&#1114112;', '&nbsp;', '&bogus;', '<', '</', '<!', '-->',
    '{"@type":"NewsArticle","datePublished":"9999-12-31","author":[{"name":[1]}]}'),
), { maxLength: 40 }).map((xs) => xs.join(''));

/** Bytes as files arrive: random, UTF-16 with a BOM, Latin-1 (read as Windows-1252), UTF-8 with a BOM. */
const encoded = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  hostileText.map((t) => new Uint8Array([0xff, 0xfe, ...Buffer.from(t, 'utf16le')])),
  hostileText.map((t) => new Uint8Array(Buffer.from(t, 'latin1'))),
  hostileText.map((t) => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(t, 'utf8')])),
);

const atomFeed = fc.tuple(tagSoup, hostileText).map(([soup, text]) =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Wire</title><entry><title>T</title>` +
  `<updated>9999-12-31T23:59:59Z</updated><content type="xhtml">${soup}</content>` +
  `<summary type="text">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</summary></entry></feed>`);

/** One input in any format the readers take; its name carries the extension hint. */
export const hostileInput: fc.Arbitrary<PipelineInput> = fc.oneof(
  hostileText.map((content) => ({ name: 'article.txt', content })),
  fc.tuple(tagSoup, fc.constantFrom('page.html', 'page.xml', 'notes.txt', 'feed.rss', 'upload')).map(([content, name]) => ({ name, content })),
  fc.tuple(encoded, fc.constantFrom('a.txt', 'a.json', 'a.html', 'upload')).map(([content, name]) => ({ name, content })),
  atomFeed.map((content) => ({ name: 'wire.atom', content })),
  jsonRecord(field(hostileText)).map((rec) => ({ name: 'article.json', content: JSON.stringify(rec) })),
  fc.array(jsonRecord(hostileText), { minLength: 1, maxLength: 4 }).map((recs) => ({ name: 'export.jsonl', content: recs.map((r) => JSON.stringify(r)).join('\n') })),
  htmlPage.map((content) => ({ name: 'page.html', content })),
  rssFeed.map((content) => ({ name: 'feed.xml', content })),
);
