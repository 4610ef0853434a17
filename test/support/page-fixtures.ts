// Hand-built fixtures for the page renderer specs: a small two-outlet story (a corroborated claim, a
// conflict over the signing day, a background event, an inferred date, a quote with a variant) and its
// articles, plus a hostile article whose text, title and URL carry markup that must come out inert.
// Annotation offsets are found with indexOf, so editing a text keeps them right.
import { parseHTML } from 'linkedom';
import type { DossierArticle, DossierStory } from '../../src/core/dossier.js';
import type { ArticlePageData, StoriesPageData, StoryPageData } from '../../src/server/pages/page-data.js';

/** The part of a DOM element the specs use (the project compiles without the DOM lib). */
export interface El {
  tagName: string;
  textContent: string | null;
  attributes: ArrayLike<{ name: string; value: string }>;
  classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

export type Doc = Pick<El, 'querySelector' | 'querySelectorAll'>;

/** A page parsed into a DOM (linkedom), for structural assertions. */
export function dom(html: string): Doc {
  return parseHTML(html).document as unknown as Doc;
}

/** The offsets of `needle` in `text` (the first at or after `from`); throws when it is absent. */
export function at(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

const LEDGER_TEXT = [
  'Ferry deal signed',
  'Karsland and Velsand signed the ferry deal on 2 March 2026 in Port Elan.',
  '“A quay without a ship is a sad thing,” said Henrik Molander.',
  'The old ferry stopped sailing in 2019.',
].join('\n\n');

const TIMES_TEXT = [
  'Karsland and Velsand signed the ferry deal on 3 March 2026.',
  'The old ferry stopped sailing in 2019, Henrik Molander said: “A quay without a ship is sad.”',
].join('\n\n');

export function article(overrides: Partial<DossierArticle> & Pick<DossierArticle, 'id' | 'text'>): DossierArticle {
  const sentences = overrides.sentences ?? overrides.text.split(/\n\n/).filter(Boolean);
  return {
    file: null,
    sourceId: null,
    url: null,
    title: null,
    titleFrom: null,
    outlet: null,
    outletFrom: null,
    published: null,
    publishedFrom: null,
    dateline: null,
    language: 'en',
    languageFrom: 'detected',
    format: 'text',
    author: null,
    wire: null,
    headings: [],
    removed: [],
    storyId: 'story-1',
    sources: ['upload'],
    duplicateOf: null,
    publishedInference: null,
    analysis: { language: 'en', skipped: [], limited: [] },
    annotations: { times: [], entities: [], quotes: [], referenceDate: null, entityIndex: [], claims: [] },
    ...overrides,
    sentences,
  };
}

export function ledgerArticle(): DossierArticle {
  const text = LEDGER_TEXT;
  const heading = at(text, 'Ferry deal signed');
  const quote = at(text, 'A quay without a ship is a sad thing');
  return article({
    id: 'art-ledger-1',
    text,
    title: 'Ferry deal signed in Port Elan',
    titleFrom: 'html-meta',
    outlet: 'The Harbour Ledger',
    outletFrom: 'html-meta',
    published: '2026-03-02',
    publishedFrom: 'json',
    author: 'Ada Berg',
    url: 'https://ledger.example/ferry',
    format: 'html',
    headings: [heading],
    sentences: [
      'Karsland and Velsand signed the ferry deal on 2 March 2026 in Port Elan.',
      '“A quay without a ship is a sad thing,” said Henrik Molander.',
      'The old ferry stopped sailing in 2019.',
    ],
    removed: [{ text: 'Sign up to our newsletter!', reason: 'boilerplate: newsletter promo' }],
    annotations: {
      referenceDate: '2026-03-02',
      times: [
        { ...at(text, '2 March 2026'), value: '2026-03-02', type: 'DATE', precision: 'day', mod: null },
        { ...at(text, '2019'), value: '2019', type: 'DATE', precision: 'year', mod: null },
      ],
      entities: [
        { ...at(text, 'Karsland', heading.end), name: 'Karsland', type: 'place', entityId: 'e1', kind: 'name' },
        { ...at(text, 'Port Elan'), name: 'Port Elan', type: 'place', entityId: 'e2', kind: 'name' },
        { ...at(text, 'Henrik Molander'), name: 'Henrik Molander', type: 'person', entityId: 'e3', kind: 'name' },
      ],
      quotes: [{ ...quote, speaker: 'Henrik Molander', kind: 'direct' }],
      entityIndex: [
        { id: 'e1', name: 'Karsland', type: 'place', subtype: 'country', roles: [], aliases: [] },
        { id: 'e2', name: 'Port Elan', type: 'place', subtype: 'city', roles: [], aliases: [] },
        { id: 'e3', name: 'Henrik Molander', type: 'person', subtype: null, roles: ['ferry campaigner'], aliases: ['Molander'] },
      ],
      claims: [],
    },
  });
}

export function timesArticle(): DossierArticle {
  const text = TIMES_TEXT;
  return article({
    id: 'art-times-2',
    text,
    title: 'Ferry deal signed',
    titleFrom: 'text',
    outlet: 'Northgate Times',
    outletFrom: 'url',
    published: '2026-03-03',
    publishedFrom: 'inferred',
    publishedInference: {
      articleId: 'art-times-2',
      date: '2026-03-03',
      earliest: '2026-03-03',
      latest: '2026-03-04',
      why: '“on 3 March” matches The Harbour Ledger’s date of the signing.',
      evidence: [],
    },
    duplicateOf: { articleId: 'art-ledger-1', similarity: 0.91, reason: 'same wire copy' },
    sentences: [
      'Karsland and Velsand signed the ferry deal on 3 March 2026.',
      'The old ferry stopped sailing in 2019, Henrik Molander said: “A quay without a ship is sad.”',
    ],
  });
}

export function story(): DossierStory {
  const ledger = ledgerArticle();
  const times = timesArticle();
  const [l0, l1, l2] = ledger.sentences as [string, string, string];
  const [t0, t1] = times.sentences as [string, string];
  return {
    id: 'story-1',
    title: 'Karsland and Velsand sign ferry deal',
    articleIds: [ledger.id, times.id],
    related: [{ storyId: 'story-2', why: 'shares Port Elan' }],
    titleFrom: ledger.id,
    entities: [
      { name: 'Henrik Molander', type: 'person', roles: ['ferry campaigner'], aliases: ['Molander'], articleIds: [ledger.id, times.id] },
      { name: 'Port Elan', type: 'place', roles: [], aliases: [], articleIds: [ledger.id] },
    ],
    quotes: [
      {
        speaker: 'Henrik Molander',
        text: 'A quay without a ship is a sad thing',
        evidence: [{ articleId: ledger.id, sentence: l1, sentenceIndex: 1 }],
        variants: [
          { articleId: ledger.id, outlet: 'The Harbour Ledger', text: 'A quay without a ship is a sad thing', relation: 'full' },
          { articleId: times.id, outlet: 'Northgate Times', text: 'A quay without a ship is sad', relation: 'paraphrased' },
        ],
        outlets: ['The Harbour Ledger', 'Northgate Times'],
        sources: ['The Harbour Ledger', 'Northgate Times'],
        first: { articleId: ledger.id, outlet: 'The Harbour Ledger', published: '2026-03-02' },
      },
    ],
    timeline: [
      {
        date: '2019', precision: 'year', text: l2, inferred: false, background: true, planned: false, disputedBy: null,
        evidence: [{ articleId: ledger.id, sentence: l2, sentenceIndex: 2 }, { articleId: times.id, sentence: t1, sentenceIndex: 1 }], outlets: ['The Harbour Ledger', 'Northgate Times'],
      },
      {
        date: '2026-03-02', precision: 'day', text: l0, inferred: false, background: false, planned: false, disputedBy: 'k2',
        evidence: [{ articleId: ledger.id, sentence: l0, sentenceIndex: 0 }], outlets: ['The Harbour Ledger'],
      },
      {
        date: '2026-03-03', precision: 'day', text: t0, inferred: true, background: false, planned: false, disputedBy: 'k2',
        evidence: [{ articleId: times.id, sentence: t0, sentenceIndex: 0 }], outlets: ['Northgate Times'],
      },
      {
        date: '2027-04', precision: 'month', text: 'The crossing resumes.', inferred: false, background: false, planned: true, disputedBy: null,
        evidence: [{ articleId: ledger.id, sentence: l0, sentenceIndex: 0 }], outlets: ['The Harbour Ledger'],
      },
    ],
    claims: [
      {
        id: 'k1', kind: 'event', text: l2, status: 'corroborated', slot: null, note: 'Stated by 2 independent sources.', sources: ['The Harbour Ledger', 'Northgate Times'],
        evidence: [
          { articleId: ledger.id, sentence: l2, sentenceIndex: 2, stance: 'supports', outlet: 'The Harbour Ledger', source: 'The Harbour Ledger', value: '2019', copyOf: null },
          { articleId: times.id, sentence: t1, sentenceIndex: 1, stance: 'supports', outlet: 'Northgate Times', source: 'Northgate Times', value: '2019', copyOf: null },
        ],
      },
      {
        id: 'k2', kind: 'event', text: l0, status: 'conflicting', slot: 'time', note: 'The outlets give different days: 2026-03-02 vs 2026-03-03.', sources: ['The Harbour Ledger'],
        evidence: [
          { articleId: ledger.id, sentence: l0, sentenceIndex: 0, stance: 'supports', outlet: 'The Harbour Ledger', source: 'The Harbour Ledger', value: '2026-03-02', copyOf: null },
          { articleId: times.id, sentence: t0, sentenceIndex: 0, stance: 'contradicts', outlet: 'Northgate Times', source: 'Northgate Times', value: '2026-03-03', copyOf: ledger.id },
        ],
      },
      {
        id: 'k3', kind: 'event', text: l1, status: 'single-source', slot: null, note: 'Only one source.', sources: ['The Harbour Ledger'],
        evidence: [{ articleId: ledger.id, sentence: l1, sentenceIndex: 1, stance: 'supports', outlet: 'The Harbour Ledger', source: 'The Harbour Ledger', value: null, copyOf: null }],
      },
    ],
    summary: [
      { text: l0, evidence: [{ articleId: ledger.id, sentence: l0, sentenceIndex: 0 }, { articleId: times.id, sentence: t0, sentenceIndex: 0 }] },
      { text: l2, evidence: [{ articleId: ledger.id, sentence: l2, sentenceIndex: 2 }] },
    ],
    coverage: {
      outlets: ['The Harbour Ledger', 'Northgate Times'],
      claimIds: ['k1', 'k2', 'k3'],
      cells: [
        ['covered', 'covered', 'covered'],
        ['covered', 'contradicts', 'not-covered'],
      ],
      exclusives: [{ outlet: 'The Harbour Ledger', claimIds: ['k3'] }],
    },
    duplicates: [{ articleId: times.id, canonicalId: ledger.id, similarity: 0.91 }],
  };
}

export function storyPageData(overrides: Partial<StoryPageData> = {}): StoryPageData {
  return {
    story: story(),
    articles: [ledgerArticle(), timesArticle()],
    related: [{ id: 'story-2', title: 'Port Elan harbour strike', why: 'shares Port Elan' }],
    writeNeedsToken: false,
    ...overrides,
  };
}

export function articlePageData(overrides: Partial<ArticlePageData> = {}): ArticlePageData {
  return { article: ledgerArticle(), story: { id: 'story-1', title: 'Karsland and Velsand sign ferry deal' }, ...overrides };
}

export function storiesPageData(overrides: Partial<StoriesPageData> = {}): StoriesPageData {
  return {
    stories: [
      {
        id: 'story-1', title: 'Karsland and Velsand sign ferry deal', titleFrom: 'art-ledger-1', claims: { corroborated: 1, conflicting: 1, compatible: 0, changed: 0, 'single-source': 0 },
        lead: null, articleCount: 2, outlets: ['Northgate Times', 'The Harbour Ledger'],
        dateFrom: '2026-03-02', dateTo: '2026-03-03T10:00:00Z', articleIds: ['art-ledger-1', 'art-times-2'], corroborated: 1, conflicting: 1,
      },
      {
        id: 'story-2', title: null, titleFrom: null, claims: null, lead: 'Harbour pilots struck for two days.', articleCount: 1, outlets: [],
        dateFrom: null, dateTo: null, articleIds: ['art-3'], corroborated: null, conflicting: null,
      },
    ],
    total: 2,
    query: { q: '', outlet: '', since: '', until: '', status: '', offset: 0, limit: 50 },
    hits: [],
    outlets: ['Northgate Times', 'The Harbour Ledger'],
    writeNeedsToken: false,
    ...overrides,
  };
}

/** Markup an attacker could put in an article; every page must show it as text. */
export const HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> javascript:alert(2) "quoted" \'single\'';

/** An article whose every text field (and URL) is hostile, annotated across the markup. */
export function hostileArticle(): DossierArticle {
  const text = `Heading ${HOSTILE}\n\nThe board met on Monday. ${HOSTILE} Strand said: “${HOSTILE}”`;
  const quoteText = at(text, HOSTILE, text.indexOf('“'));
  return article({
    id: 'art-hostile',
    text,
    title: HOSTILE,
    outlet: HOSTILE,
    published: '2026-03-02',
    author: HOSTILE,
    url: 'javascript:alert(document.cookie)',
    file: HOSTILE,
    wire: HOSTILE,
    headings: [at(text, `Heading ${HOSTILE}`)],
    sentences: ['The board met on Monday.', `${HOSTILE} Strand said: “${HOSTILE}”`],
    removed: [{ text: HOSTILE, reason: HOSTILE }],
    publishedInference: { articleId: 'art-hostile', date: '2026-03-02', earliest: '2026-03-01', latest: '2026-03-02', why: HOSTILE, evidence: [] },
    duplicateOf: { articleId: 'x"><script>alert(1)</script>', similarity: 0.9, reason: HOSTILE },
    annotations: {
      referenceDate: null,
      times: [{ ...at(text, 'Monday'), value: HOSTILE, type: 'DATE', precision: 'day', mod: HOSTILE }],
      entities: [
        { ...at(text, 'Strand'), name: HOSTILE, type: 'person', entityId: 'e1', kind: 'name' },
        { ...at(text, '<img src=x onerror=alert(1)>'), name: HOSTILE, type: 'other', entityId: 'e2', kind: 'name' },
      ],
      quotes: [{ ...quoteText, speaker: HOSTILE, kind: 'direct' }],
      entityIndex: [{ id: 'e1', name: HOSTILE, type: 'person', subtype: null, roles: [HOSTILE], aliases: [HOSTILE] }],
      claims: [],
    },
  });
}

/** A story whose every text is hostile, citing the hostile article. */
export function hostileStoryPageData(): StoryPageData {
  const a = hostileArticle();
  const s = a.sentences[1]!;
  const ref = { articleId: a.id, sentence: s, sentenceIndex: 1 };
  return {
    story: {
      id: 'story-"><script>alert(1)</script>',
      title: HOSTILE,
      articleIds: [a.id],
      related: [{ storyId: 'javascript:alert(1)', why: HOSTILE }],
      titleFrom: a.id,
      entities: [{ name: HOSTILE, type: 'person', roles: [HOSTILE], aliases: [HOSTILE], articleIds: [a.id] }],
      quotes: [{ speaker: HOSTILE, text: HOSTILE, evidence: [ref], variants: [{ articleId: a.id, outlet: HOSTILE, text: HOSTILE, relation: 'full' }, { articleId: a.id, outlet: HOSTILE, text: HOSTILE, relation: 'same' }], outlets: [HOSTILE], sources: [HOSTILE], first: { articleId: a.id, outlet: HOSTILE, published: HOSTILE } }],
      timeline: [
        { date: '2026-03-02', precision: 'day', text: HOSTILE, inferred: true, background: false, planned: false, disputedBy: HOSTILE, evidence: [ref], outlets: [HOSTILE] },
        { date: HOSTILE, precision: 'year', text: HOSTILE, inferred: false, background: true, planned: false, disputedBy: null, evidence: [ref], outlets: [HOSTILE] },
      ],
      claims: [
        {
          id: HOSTILE, kind: 'event', text: HOSTILE, status: 'conflicting', slot: 'time', note: HOSTILE, sources: [HOSTILE],
          evidence: [
            { ...ref, stance: 'supports', outlet: HOSTILE, source: HOSTILE, value: HOSTILE, copyOf: null },
            { ...ref, stance: 'contradicts', outlet: HOSTILE, source: HOSTILE, value: HOSTILE, copyOf: HOSTILE },
          ],
        },
      ],
      summary: [{ text: HOSTILE, evidence: [ref] }],
      coverage: { outlets: [HOSTILE], claimIds: [HOSTILE], cells: [['contradicts']], exclusives: [{ outlet: HOSTILE, claimIds: [HOSTILE] }] },
      duplicates: [{ articleId: a.id, canonicalId: HOSTILE, similarity: 0.5 }],
    },
    articles: [a],
    related: [{ id: 'javascript:alert(1)', title: HOSTILE, why: HOSTILE }],
    writeNeedsToken: true,
  };
}

/**
 * What in a page would break the CSP (`script-src 'self'; style-src 'self'`) or let markup run: style
 * attributes or elements, a script other than /assets/app.js, event handler attributes, javascript: URLs.
 * Checked on the raw HTML and on the parsed DOM; empty when the page is clean.
 */
export function pageViolations(html: string): string[] {
  const found: string[] = [];
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  if (scripts.length !== 1 || scripts[0] !== '<script src="/assets/app.js" defer>') found.push(`scripts: ${scripts.join(' ')}`);
  // Attribute values are double-quoted with quotes escaped inside, so dropping them leaves tags and text.
  const bare = html.replace(/"[^"]*"/g, '""');
  if (/<[^>]*\sstyle\s*=/i.test(bare)) found.push('a style attribute');
  if (/<style\b/i.test(html)) found.push('a <style> element');
  if (/<[^>]*\son[a-z]+\s*=/i.test(bare)) found.push('an event handler attribute');
  if (/(href|src|action)\s*=\s*["']\s*javascript:/i.test(html)) found.push('a javascript: URL');
  const document = dom(html);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${element.tagName.toLowerCase()} ${name}>`);
      if (name === 'style') found.push(`<${element.tagName.toLowerCase()} style>`);
      if (/(^|:)(href|src|action|formaction)$/.test(name) && /^\s*javascript:/i.test(attr.value)) found.push(`<${element.tagName.toLowerCase()} ${name}="${attr.value}">`);
    }
  }
  const runnable = Array.from(document.querySelectorAll('script')).filter((s) => s.getAttribute('src') !== '/assets/app.js');
  if (runnable.length) found.push(`${runnable.length} inline script element(s)`);
  return found;
}
