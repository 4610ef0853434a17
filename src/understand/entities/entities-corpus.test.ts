// Spot-checks on real and sample articles: the five seeds in ../shared/seeds (skipped when absent) and the
// invented sample corpus in examples/corpus, whose README lists the people and their roles. Also times it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../core/annotations.js';
import type { ArticleDraft } from '../../core/types.js';
import { cleanDraft } from '../../clean/index.js';
import { readPaths, DEFAULT_MAX_BYTES } from '../../ingest/index.js';
import { splitSentences } from '../sentences.js';
import { findEntities } from './index.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const seedDir = path.resolve(repoRoot, '../shared/seeds');
const seedsPresent = existsSync(seedDir);
if (!seedsPresent) console.warn(`entities: ${seedDir} is absent; seed spot-checks skipped`);

function annotate(draft: ArticleDraft): { text: string; entities: Entity[] } {
  const clean = cleanDraft(draft);
  const sentences = splitSentences(clean.text, clean.headings);
  return { text: clean.text, entities: findEntities({ text: clean.text, sentences, headings: clean.headings, reference: null, dateline: clean.dateline }) };
}

function seed(prefix: string): Entity[] {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix))!;
  const body = readFileSync(path.join(seedDir, file), 'utf8');
  return annotate({
    file, url: null, sourceId: null, format: 'text', body, headings: [], title: null, outlet: null, published: null,
    language: null, author: null, group: null, removed: [],
  }).entities;
}

const find = (es: Entity[], name: string): Entity => {
  const e = es.find((x) => x.name === name);
  if (!e) throw new Error(`no entity "${name}" among ${es.map((x) => x.name).join(', ')}`);
  return e;
};
const JUNK = ['President', 'President Joe', 'Following', 'During', 'Trade', 'Both', 'Chinese', 'Western', 'Analysts', 'Relations', 'Reset'];

describe.skipIf(!seedsPresent)('the seed articles', () => {
  it('000: Starmer and Xi with their titles, Britain and the United Kingdom as one place', () => {
    const es = seed('000');
    expect(find(es, 'Keir Starmer')).toMatchObject({ type: 'person', roles: ['British Prime Minister'], aliases: ['Starmer'] });
    expect(find(es, 'Xi Jinping')).toMatchObject({ type: 'person', roles: ['Chinese President', 'President'], aliases: ['President Xi'] });
    expect(find(es, 'United Kingdom')).toMatchObject({ type: 'place', aliases: ['Britain'] });
    expect(find(es, 'Jimmy Lai').type).toBe('person');
    expect(find(es, 'Labour')).toMatchObject({ type: 'organization', subtype: 'party' });
    for (const n of ['Beijing', 'London', 'Hong Kong', 'China']) expect(find(es, n).type).toBe('place');
  });

  it('001: nominal references link to Starmer; spokeswoman, premier and president roles', () => {
    const es = seed('001');
    const starmer = find(es, 'Keir Starmer');
    expect(starmer.aliases).toEqual(expect.arrayContaining(['Starmer', 'the UK prime minister', 'the British leader', 'the Labour leader', 'the prime minister']));
    expect(find(es, 'Guo Jiakun').roles).toEqual([expect.stringMatching(/^a spokeswoman for .* ministry$/)]);
    expect(find(es, 'Li Qiang').roles).toEqual(['Premier']);
    expect(find(es, 'Sanae Takaichi').roles).toEqual(['Prime Minister']);
    expect(find(es, 'Donald Trump').aliases).toEqual(['Trump']);
    expect(find(es, 'Jimmy Lai').aliases).toEqual(['Lai']);
    expect(find(es, 'Reporters Without Borders').type).toBe('organization');
    expect(find(es, 'Telegraph')).toMatchObject({ type: 'organization', subtype: 'media' });
    expect(find(es, 'Downing Street').type).toBe('organization');
    expect(find(es, 'G20').type).toBe('organization');
  });

  it('002: the Great Hall of the People is a facility; Zhao Leji’s rank', () => {
    const es = seed('002');
    expect(find(es, 'Great Hall of the People')).toMatchObject({ type: 'place', subtype: 'facility' });
    expect(find(es, 'Zhao Leji').roles).toEqual([expect.stringMatching(/^China’s third-\S+ official$/)]);
    expect(find(es, 'Keir Starmer').roles).toEqual(['UK Prime Minister']);
  });

  it('003: Sir Keir Starmer, Zhao as the head of parliament, Number 10 as Downing Street, Xinhua', () => {
    const es = seed('003');
    expect(find(es, 'Keir Starmer').aliases).toEqual(expect.arrayContaining(['Sir Keir Starmer', 'Starmer', 'the UK prime minister']));
    expect(find(es, 'Zhao Leji')).toMatchObject({ roles: [expect.stringMatching(/^the head of .* parliament$/)], aliases: ['Zhao'] });
    expect(find(es, 'Li Qiang').roles).toEqual([expect.stringMatching(/^China’s second-\S+ official$/), 'Premier']);
    expect(find(es, 'Downing Street').aliases).toEqual(['Number 10']);
    expect(find(es, 'Xinhua')).toMatchObject({ type: 'organization', roles: ['state-owned news agency'] });
  });

  it('004: Lammy, Wang Yi, Ding Xuexiang and Mao Ning with their roles; the guesthouse', () => {
    const es = seed('004');
    expect(find(es, 'David Lammy')).toMatchObject({ roles: ['British Foreign Secretary'], aliases: ['Lammy'] });
    expect(find(es, 'Wang Yi').roles[0]).toBe('Chinese Foreign Minister');
    expect(find(es, 'Wang Yi').aliases).toEqual(['Wang']);
    expect(find(es, 'Ding Xuexiang').roles).toEqual(['Vice Premier']);
    expect(find(es, 'Mao Ning').roles).toEqual([expect.stringMatching(/^a Chinese .* spokesperson$/)]);
    expect(find(es, 'Diaoyutai State Guesthouse')).toMatchObject({ type: 'place', subtype: 'facility' });
    expect(find(es, 'Britain').aliases).toEqual(['U.K.']);
  });

  it('never names junk, and every mention is exact and disjoint', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      const es = seed(p);
      const texts = es.flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)]);
      for (const j of JUNK) expect(texts, `${p}: ${j}`).not.toContain(j);
      expect(texts.some((t) => /['’]s$/.test(t)), `${p}: a possessive in a name`).toBe(false);
      const ms = es.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
      for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    }
  });
});

describe('the sample corpus', () => {
  const articles: { input: string; text: string; entities: Entity[] }[] = [];
  beforeAll(async () => {
    for await (const item of readPaths([path.join(repoRoot, 'examples/corpus')], { maxBytes: DEFAULT_MAX_BYTES })) {
      if ('error' in item) throw item.error;
      articles.push({ input: path.relative(path.join(repoRoot, 'examples/corpus'), item.input), ...annotate(item.draft) });
    }
  });
  const of = (key: string): Entity[] => articles.find((a) => a.input === key)!.entities;

  // The README's people and roles, as each article words them.
  const cases: [string, string, string, string[]][] = [
    ['Strand’s title', 'feeds/harbour-ledger-rss.xml#1', 'Anneli Strand', ['Karsland’s Foreign Minister']],
    ['Okoro as chief executive', 'json/meridian-wire.jsonl#3', 'Maren Okoro', ['chief executive of the Port Elan Harbour Authority']],
    ['Okoro as chair (the planted role conflict)', 'html/northgate-times-ferry-agreement.html', 'Maren Okoro', ['chair of the Port Elan Harbour Authority']],
    ['Halloran after his counterpart', 'json/meridian-wire.jsonl#1', 'Teodor Halloran', ['her Velsand counterpart']],
    ['Molander, then trade minister', 'json/meridian-wire.jsonl#1', 'Henrik Molander', ['Karsland’s then trade minister']],
    ['Marsh with her party', 'json/lindor-observer.json#1', 'Edda Marsh', ['transport spokeswoman of the opposition Coastal Party']],
    ['Vautrin, an economist', 'text/harbour-ledger-ferry-pact.txt', 'Ines Vautrin', ['a maritime economist at the University of Lindor']],
    ['Ekdahl, a general and the army chief', 'text/2026-02-17-storm-ottilie.txt', 'Rasmus Ekdahl', ['General', 'the army chief']],
    ['Pike, the town’s mayor', 'text/2026-02-17-storm-ottilie.txt', 'Joran Pike', ['the town’s mayor']],
    ['Castell, before his name', 'feeds/radio-kestrel-atom.xml#1', 'Sune Castell', ['The yard’s managing director']],
    ['Fenwick’s title', 'text/coastline-daily-ferry-deal.txt', 'Dario Fenwick', ['Prime Minister']],
  ];
  it.each(cases)('%s', (_label, key, name, roles) => {
    expect(find(of(key), name).roles).toEqual(roles);
  });

  it('types the invented places, facilities and organisations', () => {
    const wire = of('json/meridian-wire.jsonl#1');
    for (const n of ['Karsland', 'Velsand', 'Port Elan', 'Brekka', 'Valeport', 'Holmstad']) expect(find(wire, n).type, n).toBe('place');
    expect(find(wire, 'Customs House')).toMatchObject({ type: 'place', subtype: 'facility' });
    expect(find(wire, 'Quay 4')).toMatchObject({ type: 'place', subtype: 'facility' });
    expect(find(wire, 'Karsland Infrastructure Fund').type).toBe('organization');
    expect(find(wire, 'Port Elan Harbour Authority').type).toBe('organization');
    const storm = of('json/meridian-wire.jsonl#2');
    expect(find(storm, 'River Lisk').aliases).toEqual(['Lisk']);
    expect(find(storm, 'Velsand Meteorological Office').aliases).toEqual(['Meteorological Office']);
    expect(find(storm, 'Storm Ottilie')).toMatchObject({ type: 'other', subtype: 'storm' });
  });
});
