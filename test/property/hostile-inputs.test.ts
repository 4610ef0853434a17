// The big and degenerate inputs of issue 11 as fixed examples, each through the whole pipeline in-process
// (read → clean → annotate → store → stories → cross-check → dossier): a 100,000-character line, 5,000
// sentences, HTML nested 10,000 levels deep, pages of scripts only, JSON fields of the wrong type, a feed
// of 10,000 items, figures and dates at the edges, 500 near-identical articles, sentences of quotation
// marks only. Each must end in a valid dossier, bad input as a failed outcome naming the reason, within
// seconds (the comments say what each took before it was fixed).
import { describe, expect, it } from 'vitest';
import type { IngestOutcome } from '../../src/core/types.js';
import { readBuffer } from '../../src/ingest/index.js';
import { EDGE_DATES, EDGE_NUMBERS } from '../support/hostile-articles.js';
import { runPipeline, type PipelineInput } from '../support/run-pipeline.js';

const SENTENCE = 'The council of Karvik voted on Tuesday to close the harbour bridge, Mayor Anna Berg said.';
const PARAGRAPHS = `<p>${SENTENCE}</p><p>Repairs will take 40 days and cost 3 million euros, officials said.</p>`;

async function expectValid(inputs: PipelineInput[]) {
  const run = await runPipeline(inputs);
  expect(run.problems).toEqual([]);
  return run;
}

function failure(outcome: IngestOutcome | undefined): { code: string; message: string } {
  if (outcome?.status !== 'failed') throw new Error(`expected a failed outcome, got ${JSON.stringify(outcome)}`);
  return outcome;
}

const line = (unit: string): string => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);

describe('hostile inputs through the whole pipeline', () => {
  // Before the fixes: a word of 100,000 letters 3 s (a quadratic regex), capitals 6 s, "Mr." 15 s,
  // quotations minutes, "said," 21 s. Now each well under a second of annotation.
  it.each([
    ['one word of 100,000 letters', 'x'],
    ['capitalised words', 'A '],
    ['abbreviations', 'Mr. '],
    ['quotations', '“a” '],
    ['speech verbs', 'said, '],
    ['years', '2024 '],
  ])('reads a 100,000-character line of %s', async (_, unit) => {
    const run = await expectValid([{ name: 'line.txt', content: `Storm hits Karvik\n\n${line(unit)}\n\n${SENTENCE}` }]);
    expect(run.outcomes.map((o) => o.status)).toEqual(['ingested']);
  });

  it('reads an article of 5,000 sentences', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Officials in Karvik counted ${i + 3} boats on Tuesday, Mayor Anna Berg said.`).join(' ');
    const run = await expectValid([{ name: 'long.txt', content: `Boats of Karvik\n\n${text}` }]);
    expect(run.dossier.articles[0]!.sentences).toHaveLength(5000);
  });

  it('reads the paragraphs of a page nested 10,000 <div>s deep, and of one with 10,000 unclosed <font>s', async () => {
    const nested = `<html><body>${'<div>'.repeat(10_000)}${PARAGRAPHS}${'</div>'.repeat(10_000)}</body></html>`;
    const unclosed = `<html><body>${'<font size="2">'.repeat(10_000)}${PARAGRAPHS.replace('Karvik', 'Lunsford')}</body></html>`;
    const run = await expectValid([{ name: 'nested.html', content: nested }, { name: 'unclosed.html', content: unclosed }]);
    expect(run.outcomes.map((o) => o.status)).toEqual(['ingested', 'ingested']);
    for (const a of run.dossier.articles) expect(a.sentences).toHaveLength(2);
  });

  it('refuses a page of scripts and styles only as HTML with no article text', async () => {
    const page = `<html><head><script>var story = "${SENTENCE}";</script><style>p { color: red }</style></head>` +
      `<body><script src="app.js"></script><noscript>${SENTENCE}</noscript><template><p>${SENTENCE}</p></template></body></html>`;
    const run = await expectValid([{ name: 'app.html', content: page }]);
    expect(failure(run.outcomes[0])).toMatchObject({ code: 'bad-html', message: 'ingest: "app.html" is HTML with no article text found in it' });
  });

  it('refuses a text field of the wrong type by naming the type, and ignores wrong-typed metadata', async () => {
    const run = await expectValid([
      { name: 'number.json', content: '{"text": 42}' },
      { name: 'mixed.json', content: '{"text": ["Officials said the bridge closed.", 3, null]}' },
      { name: 'null.json', content: '{"title": "Bridge", "text": null}' },
      { name: 'meta.json', content: JSON.stringify({ text: SENTENCE, title: { a: 1 }, date: 1e308, source: [1, 2], id: { x: 1 }, language: 7, author: [{ name: 5 }, null], url: 5 }) },
      { name: 'epoch.json', content: JSON.stringify({ text: `${SENTENCE} Again.`, date: -62198755200000 }) },
    ]);
    expect(run.outcomes.slice(0, 3).map((o) => failure(o).message)).toEqual([
      'ingest: "number.json" has a JSON number in "text", expected the article text as a string',
      'ingest: "mixed.json" has a JSON array in "text", expected the article text as a string',
      'ingest: "null.json" has a JSON null in "text", expected the article text as a string',
    ]);
    expect(run.outcomes.slice(3).map((o) => o.status)).toEqual(['ingested', 'ingested']);
    expect(run.dossier.articles.map((a) => a.published)).toEqual([null, null]);
  });

  it('reads every item of a feed of 10,000 items, and 1,000 of them through the whole pipeline', async () => {
    // The whole pipeline on all 10,000 takes about 25 s (10 s ingest, 11 s of near-duplicate checks among
    // items that all copy one another, 2 s dossier): a speed limit, not a crash, so it is not run here.
    const feed = (n: number) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Times</title>${Array.from({ length: n }, (_, i) =>
      `<item><title>Bridge update ${i}</title><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>Crews in Karvik repaired ${i + 2} metres of the harbour bridge on Tuesday, officials said.</description></item>`).join('')}</channel></rss>`;
    const items = readBuffer(new TextEncoder().encode(feed(10_000)), 'big.rss');
    expect(items.filter((i) => 'draft' in i)).toHaveLength(10_000);
    const run = await expectValid([{ name: 'feed.rss', content: feed(1000) }]);
    expect(run.dossier.articles).toHaveLength(1000);
  });

  it('cross-checks figures and dates at the edges: 1e308, NaN, ½, two-thirds, years 0000 and 9999, 30 February', async () => {
    const inputs = EDGE_NUMBERS.map((n, i) => ({
      name: `edge-${i}.json`,
      content: JSON.stringify({
        title: 'Flood counts', date: EDGE_DATES[i % EDGE_DATES.length], source: `Outlet ${i % 5}`,
        text: `Officials in Karvik said ${n} people were evacuated on Tuesday. The flood killed ${n} residents, Mayor Anna Berg said. ` +
          `It was the ${n} largest flood. Prices rose ${n} percent to $${n} million. The storm hit Karvik on ${EDGE_DATES[(i + 3) % EDGE_DATES.length]}.`,
      }),
    }));
    // An undated report beside one dated 9999-12-31: its date is looked for in the days after, past the year 9999.
    inputs.push({ name: 'undated.json', content: JSON.stringify({ title: 'Flood counts', source: 'Outlet 9', text: 'Officials in Karvik said on Tuesday that 1e308 people were evacuated. The flood killed NaN residents yesterday, Mayor Anna Berg said.' }) });
    const run = await expectValid(inputs);
    expect(run.outcomes.every((o) => o.status === 'ingested')).toBe(true);
  });

  it('makes one story of 500 near-identical articles', async () => {
    const records = Array.from({ length: 500 }, (_, i) => JSON.stringify({
      title: 'Harbour bridge closes', date: '2024-03-05', source: `Outlet ${i % 7}`,
      text: `${SENTENCE} More than ${100 + (i % 5)} people were evacuated on ${i % 2 ? 'Tuesday' : 'Monday'}. “We will rebuild,” Berg said. Report ${i}.`,
    }));
    const run = await expectValid([{ name: 'copies.jsonl', content: records.join('\n') }]);
    expect(run.dossier.stories).toHaveLength(1);
    expect(run.dossier.stories[0]!.articleIds).toHaveLength(500);
  });

  it('reads sentences made of quotation marks only', async () => {
    const marks = ['“”', '""', '“ ”', '“We will.” “No.” “Yes.”', '“““”””', '‘’', '«»', '„“', '"', '“'];
    const text = Array.from({ length: 300 }, (_, i) => marks[i % marks.length]).join(' ');
    await expectValid([{ name: 'marks.txt', content: `Quotes\n\n${text}\n\n${SENTENCE}\n\n“\n\n”` }]);
  });

  it('refuses or reads input nested 10,000 levels deep: JSON arrays, XML elements, JSON-LD values', async () => {
    const deep = (open: string, close: string, inner = '') => open.repeat(10_000) + inner + close.repeat(10_000);
    const ld = `{"@type": "NewsArticle", "author": ${deep('[', ']', '"Anna Berg"')}, "headline": ${deep('{"name":', '}', '"Bridge"')}}`;
    const run = await expectValid([
      { name: 'arrays.json', content: deep('[', ']') },
      { name: 'objects.json', content: deep('{"a":', '}', '1') },
      { name: 'deep.rss', content: `<?xml version="1.0"?><rss><channel><title>T</title><item><title>x</title><description>${SENTENCE}</description>${deep('<a>', '</a>')}</item></channel></rss>` },
      { name: 'field.json', content: `{"text": ${JSON.stringify(SENTENCE)}, "extra": ${deep('[', ']')}}` },
      { name: 'ld.html', content: `<html><head><script type="application/ld+json">${ld}</script></head><body>${PARAGRAPHS}</body></html>` },
    ]);
    expect(run.outcomes.map((o) => (o.status === 'failed' ? `${o.code}: ${o.message}` : o.status))).toEqual([
      'bad-json: ingest: "arrays.json" record 1 holds a JSON array, expected an article object',
      'no-text: ingest: "objects.json" has no text field (found: a)',
      'bad-feed: ingest: "deep.rss" nests its elements more than 100 levels deep',
      'ingested',
      'ingested',
    ]);
  });

  it('reads right-to-left text, combining marks, emoji, NUL and lone surrogates', async () => {
    const odd = 'قال المسؤولون إن الجسر أغلق يوم الثلاثاء. e\u0301\u0301\u0301 😀👨‍👩‍👧 \u202eevil\u202c Z̴̢̛͓a̸l̷g̶o̵ 中文新闻报道。';
    const run = await expectValid([
      { name: 'odd.txt', content: `Karvik\n\n${odd} ${SENTENCE}` },
      { name: 'escapes.json', content: `{"title": "\\ud800", "text": "\\udfff${SENTENCE}\\u0000 \\ud83d more\\u0000", "source": "\\u202e"}` },
      { name: 'nul.txt', content: `${SENTENCE}\u0000${SENTENCE}` },
    ]);
    expect(run.outcomes.map((o) => (o.status === 'failed' ? o.code : o.status))).toEqual(['ingested', 'ingested', 'binary']);
  });
});
