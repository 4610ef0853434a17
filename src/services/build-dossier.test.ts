import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../test/support/make-article.js';
import { buildDossier, singleStoryId } from './build-dossier.js';
import { validateDossier } from './validate-dossier.js';

const dated = makeArticle({ id: 'aaaa000000000001', published: '2026-03-03' });
const undated = makeArticle({ id: 'bbbb000000000002', title: null, titleFrom: null, published: null, publishedFrom: null });
const early = makeArticle({ id: 'cccc000000000003', published: '2026-03-01' });

describe('buildDossier', () => {
  const dossier = buildDossier(
    [{ article: undated, sources: ['u.txt'] }, { article: dated, sources: ['d.txt', 'copy/d.txt'] }, { article: early, sources: [] }],
    '2026-11-23T10:00:00.000Z',
  );

  it('is valid against the published schema and the contract rules', () => {
    expect(validateDossier(dossier)).toEqual([]);
  });

  it('orders articles by publication date, undated last', () => {
    expect(dossier.articles.map((a) => a.id)).toEqual([early.id, dated.id, undated.id]);
  });

  it('puts each article in its own story, titled with its own words', () => {
    expect(dossier.stories).toHaveLength(3);
    const story = dossier.stories.find((s) => s.articleIds[0] === undated.id);
    expect(story?.id).toBe(singleStoryId(undated.id));
    // No headline: the first sentence, never an invented title.
    expect(story?.title).toBe('The ferry left Port Elan at dawn.');
    expect(dossier.articles.find((a) => a.id === undated.id)?.storyId).toBe(story?.id);
  });

  it('invents nothing: every ledger and summary sentence is one of the story’s own sentences', () => {
    for (const s of dossier.stories) {
      const own = new Set(s.articleIds.flatMap((id) => dossier.articles.find((a) => a.id === id)!.sentences));
      const texts = [...s.claims.map((c) => c.text), ...s.timeline.map((t) => t.text), ...s.summary.map((x) => x.text)];
      for (const t of texts) expect(own.has(t), t).toBe(true);
      expect(s.related).toEqual([]);
    }
    expect(dossier.stories.every((s) => s.summary.length > 0)).toBe(true);
  });

  it('says that without the stories stage each article is its own story', () => {
    expect(dossier.analysis.notYetComputed).toEqual(['stories: grouping (each article is its own story here)']);
    expect(dossier.analysis.stages).toContain('claim-alignment');
  });

  it('prints sentences as strings and keeps every input an article came from', () => {
    const a = dossier.articles.find((x) => x.id === dated.id);
    expect(a?.sentences).toEqual(['The ferry left Port Elan at dawn.', 'Forty passengers were aboard.']);
    expect(a?.sources).toEqual(['d.txt', 'copy/d.txt']);
  });
});

describe('validateDossier', () => {
  const good = buildDossier([{ article: dated, sources: [] }], '2026-11-23T10:00:00.000Z');

  it('rejects a missing contract field', () => {
    const { stories: _stories, ...bad } = good;
    expect(validateDossier(bad).join('\n')).toMatch(/must have required property 'stories'/);
  });

  it('rejects evidence that is not an exact sentence of its article', () => {
    const bad = structuredClone(good);
    bad.stories[0]!.summary.push({ text: 'x', evidence: [{ articleId: dated.id, sentence: 'The ferry left at dawn.', sentenceIndex: 0 }] });
    expect(validateDossier(bad).join('\n')).toMatch(/evidence is not a sentence of article/);
  });

  it('rejects an article that belongs to no story', () => {
    const bad = structuredClone(good);
    bad.stories = [];
    expect(validateDossier(bad).join('\n')).toMatch(/is in 0 stories/);
  });

  it('rejects an annotation whose offsets do not match its text', () => {
    const bad = structuredClone(good);
    bad.articles[0]!.annotations.entities.push({ start: 0, end: 5, text: 'Ferry', name: 'Ferry', type: 'other', entityId: 'e1', kind: 'name' });
    expect(validateDossier(bad).join('\n')).toMatch(/annotation \[0,5\) is not "Ferry"/);
  });

  it('rejects a date that is not ISO', () => {
    const bad = structuredClone(good);
    bad.articles[0]!.published = '3 March 2026';
    expect(validateDossier(bad).join('\n')).toMatch(/published/);
  });
});

describe('buildDossier: annotations', () => {
  const text = 'Okoro met Strand in Port Elan on Tuesday. “We agree,” Okoro said.';
  const annotated = makeArticle({
    id: 'dddd000000000004',
    text,
    sentences: [
      { text: 'Okoro met Strand in Port Elan on Tuesday.', start: 0, end: 41 },
      { text: '“We agree,” Okoro said.', start: 42, end: 65 },
    ],
    annotations: {
      version: 1,
      referenceDate: '2026-03-05',
      entities: [
        { id: 'e1', name: 'Maren Okoro', type: 'person', subtype: null, roles: ['chief executive'], aliases: ['Okoro'],
          mentions: [{ start: 0, end: 5, text: 'Okoro', kind: 'name', sentence: 0 }, { start: 54, end: 59, text: 'Okoro', kind: 'name', sentence: 1 }] },
        { id: 'e2', name: 'Port Elan', type: 'place', subtype: 'city', roles: [], aliases: [],
          mentions: [{ start: 20, end: 29, text: 'Port Elan', kind: 'name', sentence: 0 }] },
      ],
      times: [{ start: 33, end: 40, text: 'Tuesday', type: 'DATE', value: '2026-03-03', precision: 'day', mod: null, relative: { weekday: 2 }, reference: '2026-03-05', sentence: 0 }],
      quotes: [
        { start: 43, end: 51, text: 'We agree', speaker: 'Maren Okoro', speakerId: 'e1', cue: { start: 54, end: 64, text: 'Okoro said' }, kind: 'direct', sentence: 1 },
      ],
      claims: [],
    },
  });
  const dossier = buildDossier([{ article: annotated, sources: [] }], '2026-11-23T10:00:00.000Z');
  const a = dossier.articles[0]!;

  it('stays valid: every annotation’s offsets slice its text', () => {
    expect(validateDossier(dossier)).toEqual([]);
  });

  it('lists each entity mention with the canonical name', () => {
    expect(a.annotations.entities.map((e) => [e.text, e.name, e.type])).toEqual([
      ['Okoro', 'Maren Okoro', 'person'], ['Port Elan', 'Port Elan', 'place'], ['Okoro', 'Maren Okoro', 'person'],
    ]);
  });

  it('prints times with their TIMEX3 value and quotes with their speaker', () => {
    expect(a.annotations.times).toEqual([{ start: 33, end: 40, text: 'Tuesday', value: '2026-03-03', type: 'DATE', precision: 'day', mod: null }]);
    expect(a.annotations.quotes).toEqual([{ start: 43, end: 51, text: 'We agree', speaker: 'Maren Okoro', kind: 'direct' }]);
  });

  it('gives the story the article’s entities with roles and aliases, and its quotes with the evidence sentence', () => {
    const story = dossier.stories[0]!;
    expect(story.entities[0]).toEqual({ name: 'Maren Okoro', type: 'person', roles: ['chief executive'], aliases: ['Okoro'], articleIds: [annotated.id] });
    expect(story.quotes).toEqual([
      expect.objectContaining({ speaker: 'Maren Okoro', text: 'We agree', evidence: [{ articleId: annotated.id, sentence: '“We agree,” Okoro said.', sentenceIndex: 1 }] }),
    ]);
  });
});

describe('buildDossier: a story too big to cross-check whole', () => {
  const members = ['eeee000000000001', 'eeee000000000002', 'eeee000000000003', 'eeee000000000004'].map((id, i) =>
    makeArticle({ id, outlet: ['Meridian Wire', 'Coastline Daily'][i % 2]!, published: `2026-03-0${i + 1}` }),
  );
  const storyOf = new Map(members.map((a) => [a.id, 's-big']));
  const dossier = buildDossier(members.map((article) => ({ article, sources: [] })), '2026-11-23T10:00:00.000Z',
    { storyOf, related: new Map(), duplicates: new Map() }, { maxCheckedArticles: 2 });
  const story = dossier.stories[0]!;

  it('lists every article but cross-checks a sample, and says which and why', () => {
    expect(story.articleIds).toHaveLength(4);
    expect(dossier.articles).toHaveLength(4);
    expect(story.sampled).toMatchObject({ checked: 2, of: 4 });
    expect(story.sampled!.why).toMatch(/^Cross-checked 2 of the story’s 4 articles/);
    const checked = new Set(story.sampled!.articleIds);
    for (const e of [...story.claims, ...story.summary, ...story.timeline].flatMap((x) => x.evidence)) expect(checked.has(e.articleId)).toBe(true);
  });

  it('stays valid against the schema', () => {
    expect(validateDossier(dossier)).toEqual([]);
  });

  it('says nothing of sampling on a story within the limit', () => {
    expect(buildDossier(members.map((article) => ({ article, sources: [] })), undefined, { storyOf, related: new Map(), duplicates: new Map() }).stories[0]!.sampled).toBeUndefined();
  });
});
