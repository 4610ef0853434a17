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

  it('invents nothing: no claims, quotes, entities or summary, and says which parts are not computed', () => {
    for (const s of dossier.stories) {
      expect([s.claims, s.quotes, s.entities, s.summary, s.timeline, s.related]).toEqual([[], [], [], [], [], []]);
    }
    expect(dossier.analysis.notYetComputed.length).toBeGreaterThan(0);
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
    bad.stories[0]!.summary.push({ text: 'x', evidence: [{ articleId: dated.id, sentence: 'The ferry left at dawn.' }] });
    expect(validateDossier(bad).join('\n')).toMatch(/evidence is not a sentence of article/);
  });

  it('rejects an article that belongs to no story', () => {
    const bad = structuredClone(good);
    bad.stories = [];
    expect(validateDossier(bad).join('\n')).toMatch(/is in 0 stories/);
  });

  it('rejects an annotation whose offsets do not match its text', () => {
    const bad = structuredClone(good);
    bad.articles[0]!.annotations.entities.push({ start: 0, end: 5, text: 'Ferry', name: 'Ferry', type: 'other' });
    expect(validateDossier(bad).join('\n')).toMatch(/annotation \[0,5\) is not "Ferry"/);
  });

  it('rejects a date that is not ISO', () => {
    const bad = structuredClone(good);
    bad.articles[0]!.published = '3 March 2026';
    expect(validateDossier(bad).join('\n')).toMatch(/published/);
  });
});
