// Property test of the dossier's evidence promise: whatever articles a story holds, every evidence item
// the cross-check emits quotes a real sentence of the article it names (at the index it names), the
// dossier passes validateDossier, and a conflicting claim shows both sides. Stories are random articles
// written from a pool of sentence templates (invented people and places, quotes, qualified numbers,
// dates, rankings, junk lines) by several outlets, some dated, some near-copies of others, and go
// through the real pipeline (JSONL reader → clean → sentences → annotations → buildDossier).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/core/dossier.js';
import { buildDossier } from '../../src/services/build-dossier.js';
import { validateDossier } from '../../src/services/validate-dossier.js';
import { prepareArticles, type RawItem } from '../../bench/lib/prepare-articles.js';

const PEOPLE = ['Marta Velkova', 'Ilan Droste', 'Oskar Brennholt', 'Amara Quisling', 'Teodor Vasch', 'Nia Okafor-Lind'];
const ROLES = ['mayor', 'harbour master', 'fire chief', 'regional governor', 'chief engineer'];
const PLACES = ['Karvik', 'Lunsford Bay', 'Orrin Valley', 'Port Tavel', 'Messina Heights'];
const ORGS = ['Tessaly Water Board', 'Karvik Port Authority', 'Northern Rail Company', 'Orrin Relief Fund'];
const OUTLETS = ['Harbor Times', 'Northgate Ledger', 'Valley Courier', 'Meridian Wire', 'The Coastal Post'];
const QUALIFIERS = ['more than', 'about', 'at least', 'nearly', 'fewer than', ''];
const DATES = ['on Tuesday', 'on Friday', 'in March 2019', 'on 4 March', 'last week', 'on March 12, 2024', 'yesterday', 'in 2021'];
const RANKS = ['largest', 'second-largest', 'third-biggest', 'oldest', 'second-busiest'];
const JUNK = [
  'Share this article',
  'Advertisement',
  'Click here to subscribe to our newsletter.',
  'Read more: Ten things to know about the coast',
  '© 2024 All rights reserved.',
  'Sign up for breaking news alerts',
];

/** The story's canonical values; an article states a fact with them, or varies one slot. */
interface World {
  person: number;
  other: number;
  role: number;
  place: number;
  org: number;
  count: number;
  qualifier: number;
  date: number;
  rank: number;
}

type Slots = { P: string; P2: string; ROLE: string; PLACE: string; ORG: string; N: string; DATE: string; RANK: string; LAST: string };

const FACTS: ((s: Slots) => string)[] = [
  (s) => `The storm hit ${s.PLACE} ${s.DATE}, officials said.`,
  (s) => `${s.N} people were evacuated from ${s.PLACE} ${s.DATE}.`,
  (s) => `The ${s.ORG} said ${s.N} homes had lost power.`,
  (s) => `${s.PLACE} is the ${s.RANK} port in the region.`,
  (s) => `${s.P}, the ${s.ROLE} of ${s.PLACE}, said repairs would begin ${s.DATE}.`,
  (s) => `“We will rebuild the harbour, and we will do it quickly,” ${s.P} said.`,
  (s) => `"Nobody here has seen water rise like this," said ${s.P2}, who lives near the ${s.ORG} depot.`,
  (s) => `${s.LAST} told reporters: “The ${s.ORG} has ${s.N} workers on the ground.”`,
  (s) => `The ${s.ORG} estimated the damage at ${s.N} million dollars.`,
  (s) => `The bridge to ${s.PLACE} reopened ${s.DATE} after ${s.N} hours.`,
  (s) => `${s.P2} was named ${s.ROLE} ${s.DATE}.`,
  (s) => `It was the ${s.RANK} storm to reach ${s.PLACE} since records began.`,
];

interface ArticleSpec {
  outlet: number;
  /** Days after 2024-03-01, or null: no publication date. */
  day: number | null;
  facts: { fact: number; vary: number }[];
  junk: number[];
  title: boolean;
  dateline: boolean;
  /** Makes the article a near-copy of an earlier one (the value picks which). */
  copy: number | null;
}

const world: fc.Arbitrary<World> = fc.record({
  person: fc.nat(PEOPLE.length - 1),
  other: fc.nat(PEOPLE.length - 1),
  role: fc.nat(ROLES.length - 1),
  place: fc.nat(PLACES.length - 1),
  org: fc.nat(ORGS.length - 1),
  count: fc.integer({ min: 3, max: 950 }),
  qualifier: fc.nat(QUALIFIERS.length - 1),
  date: fc.nat(DATES.length - 1),
  rank: fc.nat(RANKS.length - 1),
});

const article: fc.Arbitrary<ArticleSpec> = fc.record({
  outlet: fc.nat(OUTLETS.length - 1),
  // One article in three has no publication date (fc.option gives null once in `freq`).
  day: fc.option(fc.integer({ min: 0, max: 20 }), { freq: 3 }),
  facts: fc.array(fc.record({ fact: fc.nat(FACTS.length - 1), vary: fc.nat(4) }), { minLength: 2, maxLength: 8 }),
  junk: fc.array(fc.nat(JUNK.length - 1), { maxLength: 2 }),
  title: fc.boolean(),
  dateline: fc.boolean(),
  // About one article in four re-posts an earlier one.
  copy: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.nat(), weight: 1 }),
});

const story = fc.record({ world, articles: fc.array(article, { minLength: 1, maxLength: 6 }) });

/** Most facts keep the story's values; `vary` 1–4 changes the number's qualifier, the number, the date or the ranking. */
function slots(w: World, vary: number): Slots {
  const pick = <T>(pool: readonly T[], i: number): T => pool[i % pool.length]!;
  const qualifier = pick(QUALIFIERS, w.qualifier + (vary === 1 ? 1 : 0));
  const count = vary === 2 ? w.count + 17 * (1 + (w.count % 5)) : w.count;
  const n = `${qualifier} ${count}`.trim();
  const person = pick(PEOPLE, w.person);
  return {
    P: person,
    P2: pick(PEOPLE, w.other === w.person ? w.other + 1 : w.other),
    LAST: person.split(' ').at(-1)!,
    ROLE: pick(ROLES, w.role),
    PLACE: pick(PLACES, w.place),
    ORG: pick(ORGS, w.org),
    N: n,
    DATE: pick(DATES, w.date + (vary === 3 ? 2 : 0)),
    RANK: pick(RANKS, w.rank + (vary === 4 ? 1 : 0)),
  };
}

const capitalize = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

function render(w: World, specs: readonly ArticleSpec[]): RawItem[] {
  const items: RawItem[] = [];
  specs.forEach((spec, i) => {
    const id = `p${i}`;
    const published = spec.day === null ? null : `2024-03-${String(1 + spec.day).padStart(2, '0')}`;
    const outlet = OUTLETS[spec.outlet]!;
    const dateline = spec.dateline ? PLACES[w.place]!.toUpperCase() : null;
    const source = spec.copy !== null && i > 0 ? items[spec.copy % i]! : null;
    if (source) {
      // A re-post: the source's paragraphs, the last one cut when there are several, one word changed.
      const paragraphs = source.text.split('\n\n');
      const kept = paragraphs.length > 2 ? paragraphs.slice(0, -1) : paragraphs;
      const text = kept.join('\n\n').replace(/\bsaid\b/, 'stated');
      items.push({ id, title: spec.title ? `${PLACES[w.place]}: ${source.title ?? 'storm update'}` : null, text, published, outlet, dateline, copyOf: source.id });
      return;
    }
    const sentences = spec.facts.map((f) => capitalize(FACTS[f.fact]!(slots(w, f.vary))));
    const paragraphs: string[] = [];
    // Paragraphs of one and two sentences in turn, junk lines between them.
    for (let k = 0, size = 1; k < sentences.length; k += size, size = 3 - size) paragraphs.push(sentences.slice(k, k + size).join(' '));
    spec.junk.forEach((j, k) => paragraphs.splice(Math.min(paragraphs.length, 1 + 2 * k), 0, JUNK[j]!));
    const title = spec.title ? `Storm leaves ${PLACES[w.place]} counting the cost` : null;
    items.push({ id, title, text: paragraphs.join('\n\n'), published, outlet, dateline, copyOf: null });
  });
  return items;
}

/** The random story as one dossier story, built from Articles the real pipeline made. */
function dossierOf(w: World, specs: readonly ArticleSpec[]): Dossier | null {
  const prepared = prepareArticles(render(w, specs), '2024-04-01T00:00:00.000Z');
  if (prepared.inputs.length === 0) return null;
  const storyOf = new Map(prepared.inputs.map((i) => [i.article.id, 'story-1']));
  return buildDossier(prepared.inputs, '2024-04-01T00:00:00.000Z', { storyOf, related: new Map(), duplicates: prepared.duplicates });
}

const RUNS = { numRuns: 60 };

describe('dossier evidence on random stories (property)', () => {
  it('passes validateDossier: schema and contract rules', () => {
    fc.assert(
      fc.property(story, ({ world: w, articles }) => {
        const dossier = dossierOf(w, articles);
        fc.pre(dossier !== null);
        expect(validateDossier(dossier)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('gives every evidence item the exact sentence at its sentenceIndex in the article it names', () => {
    fc.assert(
      fc.property(story, ({ world: w, articles }) => {
        const dossier = dossierOf(w, articles);
        fc.pre(dossier !== null);
        const evidence = [
          ...dossier.stories.flatMap((s) => [
            ...s.claims.flatMap((c) => c.evidence.map((e) => ({ where: `claim ${c.id}`, e }))),
            ...s.quotes.flatMap((q) => q.evidence.map((e) => ({ where: `quote "${q.text}"`, e }))),
            ...s.timeline.flatMap((t) => t.evidence.map((e) => ({ where: `timeline ${t.date}`, e }))),
            ...s.summary.flatMap((m) => m.evidence.map((e) => ({ where: `summary "${m.text}"`, e }))),
          ]),
          ...dossier.articles.flatMap((a) => (a.publishedInference?.evidence ?? []).map((e) => ({ where: `publishedInference of ${a.id}`, e }))),
        ];
        for (const { where, e } of evidence) {
          const source = dossier.articles.find((a) => a.id === e.articleId);
          expect(source, `${where}: no article ${e.articleId}`).toBeDefined();
          expect(source!.sentences[e.sentenceIndex], `${where}: sentence ${e.sentenceIndex} of ${e.articleId}`).toBe(e.sentence);
          expect(source!.sentences, where).toContain(e.sentence);
        }
      }),
      RUNS,
    );
  });

  it('shows both sides of every conflicting claim: a supporting and a contradicting sentence', () => {
    fc.assert(
      fc.property(story, ({ world: w, articles }) => {
        const dossier = dossierOf(w, articles);
        fc.pre(dossier !== null);
        for (const claim of dossier.stories.flatMap((s) => s.claims).filter((c) => c.status === 'conflicting')) {
          const stances = new Set(claim.evidence.map((e) => e.stance));
          expect([...stances].sort(), `claim ${claim.id}: ${claim.text}`).toEqual(['contradicts', 'supports']);
        }
      }),
      RUNS,
    );
  });
});
