// The story title as a specification: always one article's own headline word for word (or, with no
// headline anywhere, an article's own first sentence), the one that best represents the whole story —
// on the sample corpus the wire's headline, not Northgate Times' disputed €430m one — with independent
// articles preferred to wire re-posts and the earliest-published article winning a tie.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CrossCheckArticle } from '../core/crosscheck.js';
import { joinSentences } from '../../test/support/annotated-article.js';
import { makeArticle } from '../../test/support/make-article.js';
import { sampleStories, type SampleStories } from '../../test/support/sample-stories.js';
import { chooseTitle } from './story-title.js';

describe('chooseTitle on the sample corpus', () => {
  let corpus: SampleStories;
  beforeAll(async () => {
    corpus = await sampleStories();
  });

  it('titles the ferry story with the wire’s headline, not Northgate Times’ €430m one', () => {
    expect(chooseTitle(corpus.storyOf('json/meridian-wire.jsonl#1'))).toEqual({
      text: 'Karsland and Velsand sign €340 million deal to revive Port Elan ferry',
      articleId: corpus.byKey.get('json/meridian-wire.jsonl#1')!.id,
    });
  });

  it('titles the 2024 talks and the storm with their news headlines, not the opinion or side-story ones', () => {
    expect(chooseTitle(corpus.storyOf('json/meridian-wire.jsonl#3')).text).toBe('Karsland, Velsand to open talks on reviving Brekka ferry');
    expect(chooseTitle(corpus.storyOf('json/meridian-wire.jsonl#2')).text).toBe('Storm Ottilie kills two, cuts power to 18,000 homes in northern Velsand');
  });

  it('takes every sample story’s title word for word from the article it names', () => {
    for (const story of corpus.stories) {
      const title = chooseTitle(story);
      expect(story.find((m) => m.article.id === title.articleId)!.article.title).toBe(title.text);
    }
  });
});

/** An invented article with a headline (or none) and a lead. */
function article(id: string, title: string | null, sentences: string[], options: { published?: string | null; copyOf?: string } = {}): CrossCheckArticle {
  const { text, spans } = joinSentences(sentences);
  return {
    article: makeArticle({ id, title, outlet: `Outlet ${id}`, published: options.published === undefined ? '2026-03-03' : options.published, text, sentences: spans }),
    source: options.copyOf ? `Outlet ${options.copyOf}` : `Outlet ${id}`,
    copyOf: options.copyOf ?? null,
    dateInferred: false,
  };
}

const CLOSURE = 'The Corvan Street bridge in Aldmere was closed on Tuesday after inspectors found a crack in a stone pier.';
const DIVERS = 'Divers will inspect the cracked pier of the Corvan Street bridge within a fortnight.';
const TRADERS = 'Traders on the south bank fear a long closure of the bridge will keep shoppers away.';

describe('chooseTitle rules', () => {
  it('chooses the headline closest to the other articles’ headlines and leads', () => {
    const story = [
      article('a1', 'Traders fear for custom as Aldmere shuts a bridge', [TRADERS]),
      article('b1', 'What the bridge closure means for commuters', [CLOSURE]),
      article('c1', 'Aldmere closes Corvan Street bridge after crack found in pier', [CLOSURE, DIVERS]),
      article('d1', 'Divers to inspect Corvan Street bridge', [DIVERS]),
    ];
    expect(chooseTitle(story)).toEqual({ text: 'Aldmere closes Corvan Street bridge after crack found in pier', articleId: 'c1' });
  });

  it('counts against a headline the words no other article uses, like a disputed figure', () => {
    const lead = 'Aldmere will spend €12 million to repair the cracked pier of the Corvan Street bridge.';
    const story = [
      article('a1', 'Aldmere to spend €21m on Corvan Street bridge pier', [lead.replace('€12 million', '€21 million')]),
      article('b1', 'Aldmere to spend €12m on Corvan Street bridge pier', [lead]),
      article('c1', 'Corvan Street bridge repair approved', [lead]),
    ];
    expect(chooseTitle(story).articleId).toBe('b1');
  });

  it('prefers an independent article’s headline to a wire re-post’s, whose copies do not vote for it', () => {
    const story = [
      article('w1', 'Bridge in Aldmere closed', [CLOSURE], { published: '2026-03-03T08:00:00Z' }),
      article('v1', 'Cracked pier shuts Corvan Street bridge in Aldmere', [CLOSURE], { published: '2026-03-03T09:00:00Z', copyOf: 'w1' }),
      article('x1', 'Corvan Street bridge shut in Aldmere over cracked pier', [CLOSURE], { published: '2026-03-03T10:00:00Z' }),
    ];
    expect(chooseTitle(story).articleId).not.toBe('v1');
    // Only copies have headlines: a copy's headline is still the sources' own words.
    const onlyCopies = [article('w1', null, [CLOSURE]), article('v1', 'Cracked pier shuts Corvan Street bridge', [CLOSURE], { copyOf: 'w1' })];
    expect(chooseTitle(onlyCopies)).toEqual({ text: 'Cracked pier shuts Corvan Street bridge', articleId: 'v1' });
  });

  it('gives a tie to the earliest-published article, an undated one last', () => {
    const same = 'Corvan Street bridge closed';
    const story = [
      article('a1', same, [CLOSURE], { published: null }),
      article('b1', same, [CLOSURE], { published: '2026-03-04' }),
      article('c1', same, [CLOSURE], { published: '2026-03-03T18:00:00Z' }),
    ];
    expect(chooseTitle(story).articleId).toBe('c1');
  });

  it('takes the one article’s headline in a story of one', () => {
    expect(chooseTitle([article('a1', 'Corvan Street bridge closed', [CLOSURE])])).toEqual({ text: 'Corvan Street bridge closed', articleId: 'a1' });
  });

  it('without any headline, takes the first sentence of the article closest to the others', () => {
    const story = [
      article('a1', null, [TRADERS, 'Market stalls were half empty on Wednesday.']),
      article('b1', null, [CLOSURE, DIVERS, TRADERS]),
      article('c1', null, [DIVERS, 'The inspection will decide whether the bridge reopens.']),
    ];
    expect(chooseTitle(story)).toEqual({ text: CLOSURE, articleId: 'b1' });
    expect(chooseTitle([article('a1', '   ', [DIVERS])])).toEqual({ text: DIVERS, articleId: 'a1' });
  });

  it('refuses a story without articles', () => {
    expect(() => chooseTitle([])).toThrow(RangeError);
  });
});
