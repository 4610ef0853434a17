// The whole cleaning stage on small invented articles: chrome and metadata out with reasons, story
// sentences kept, metadata taken from the reader first and from text cues only to fill gaps.
import { makeDraft } from '../../test/support/make-draft.js';
import { describe, expect, it } from 'vitest';
import { cleanDraft } from './index.js';

const draft = makeDraft;

const S1 = 'Britain and China agreed on Thursday to share intelligence on people-smuggling gangs.';
const S2 = 'The pact covers small boat engines made in China and sold to smugglers in Europe.';
const S3 = 'Readers who subscribe to the paper pay 4 euros.';

describe('cleanDraft', () => {
  it('keeps a body that is only its headline, since the headline is then the whole story', () => {
    const headline = 'Esther Williams, swimming star, dies at 91';
    const r = cleanDraft(draft(`June 06, 2013\n${headline}`, { title: { value: headline, from: 'json' } }));
    expect(r.text).toBe(headline);
    expect(r.title).toEqual({ value: headline, from: 'json' });
  });

  it('still removes a headline repeated on top of a longer body', () => {
    const r = cleanDraft(draft(`Gangs targeted\n${S1}`, { title: { value: 'Gangs targeted', from: 'json' } }));
    expect(r.text).toBe(S1);
    expect(r.removed).toContainEqual({ text: 'Gangs targeted', reason: 'metadata: title (repeats the headline)' });
  });

  it('removes a page full of chrome with reasons, in order, and keeps every story sentence', () => {
    const body = [
      'Starmer and Xi agree to fight smuggling gangs', 'By Jane Doe', 'Published: 14 July 2025 10:32 BST',
      'Updated 15 July 2025', 'Share this article', `NAIROBI/GENEVA — ${S1}`, 'Advertisement', S2,
      'Photo: Reuters', S3, 'Subscribe to our newsletter', 'We use cookies to improve your experience. By continuing you agree.',
      'Follow us on Twitter', 'Click here to read more', '© 2026 Daily Planet. All rights reserved.',
    ].join('\n');
    const r = cleanDraft(draft(body));
    expect(r.text).toBe([S1, S2, S3].join('\n\n'));
    expect(r.removed).toEqual([
      { text: 'Starmer and Xi agree to fight smuggling gangs', reason: 'metadata: title' },
      { text: 'By Jane Doe', reason: 'metadata: byline' },
      { text: 'Published: 14 July 2025 10:32 BST', reason: 'metadata: publication date' },
      { text: 'Updated 15 July 2025', reason: 'metadata: update time' },
      { text: 'Share this article', reason: 'boilerplate: share widget' },
      { text: 'NAIROBI/GENEVA —', reason: 'metadata: dateline' },
      { text: 'Advertisement', reason: 'boilerplate: advertisement' },
      { text: 'Photo: Reuters', reason: 'boilerplate: photo credit' },
      { text: 'Subscribe to our newsletter', reason: 'boilerplate: newsletter promo' },
      { text: 'We use cookies to improve your experience. By continuing you agree.', reason: 'boilerplate: cookie notice' },
      { text: 'Follow us on Twitter', reason: 'boilerplate: share widget' },
      { text: 'Click here to read more', reason: 'boilerplate: call to action' },
      { text: '© 2026 Daily Planet. All rights reserved.', reason: 'boilerplate: copyright line' },
    ]);
    expect(r.title).toEqual({ value: 'Starmer and Xi agree to fight smuggling gangs', from: 'text' });
    expect(r.published).toEqual({ value: '2025-07-14T10:32+01:00', from: 'text' });
    expect(r.outlet).toEqual({ value: 'Daily Planet', from: 'text' });
    expect(r.author).toBe('Jane Doe');
    expect(r.dateline).toBe('NAIROBI/GENEVA');
  });

  it('lets the reader\'s metadata win over text cues and drops a headline repeated on top', () => {
    const body = `Starmer meets Xi in Beijing\n\ndate 2026-01-29\n\n${S1}\n\n${S2}\n\nNews.Az`;
    const r = cleanDraft(draft(body, {
      title: { value: 'Starmer meets Xi in Beijing', from: 'html-meta' },
      outlet: { value: 'Example Times', from: 'html-meta' },
      published: { value: '2026-01-28', from: 'json' },
      language: { value: 'en-GB', from: 'html-meta' },
      author: 'John Smith',
    }));
    expect(r.title).toEqual({ value: 'Starmer meets Xi in Beijing', from: 'html-meta' });
    expect(r.outlet).toEqual({ value: 'Example Times', from: 'html-meta' });
    expect(r.published).toEqual({ value: '2026-01-28', from: 'json' });
    expect(r.language).toEqual({ value: 'en', from: 'html-meta' });
    expect(r.author).toBe('John Smith');
    expect(r.text).toBe(`${S1}\n\n${S2}`);
    expect(r.removed.map((x) => x.reason)).toEqual([
      'metadata: title (repeats the headline)', 'metadata: publication date', 'boilerplate: outlet sign-off',
    ]);
  });

  it('reads "LONDON (Reuters) -" as a dateline with a wire credit and names Reuters only as a last resort', () => {
    const body = `LONDON (Reuters) - ${S1}\n\n${S2}`;
    const plain = cleanDraft(draft(body));
    expect(plain.dateline).toBe('LONDON');
    expect(plain.wire).toBe('Reuters');
    expect(plain.outlet).toEqual({ value: 'Reuters', from: 'text' });
    expect(plain.removed).toEqual([{ text: 'LONDON (Reuters) -', reason: 'metadata: dateline with wire credit (Reuters)' }]);
    expect(plain.text.startsWith(S1)).toBe(true);
    const syndicated = cleanDraft(draft(body, { url: 'https://www.ft.com/content/x' }));
    expect(syndicated.outlet).toEqual({ value: 'Financial Times', from: 'url' });
    expect(syndicated.wire).toBe('Reuters');
  });

  it('keeps reader-marked and Markdown sub-headings as headings with offsets into the text', () => {
    const body = `${S1}\n\nWhat the pact covers\n\n${S2}\n\n## Reactions\n\n${S3}`;
    const r = cleanDraft(draft(body, { headings: ['What the pact covers'] }));
    expect(r.text).toBe(`${S1}\n\nWhat the pact covers\n\n${S2}\n\nReactions\n\n${S3}`);
    expect(r.headings.map((h) => [h.text, r.text.slice(h.start, h.end)])).toEqual([
      ['What the pact covers', 'What the pact covers'], ['Reactions', 'Reactions'],
    ]);
  });

  it('joins a hard-wrapped body into paragraphs so no sentence is cut at a line break', () => {
    const body = [
      'Britain and China agreed on Thursday to share intelligence on',
      'people-smuggling gangs, officials in both capitals said.',
      '',
      'The pact covers small boat engines made in China and sold to',
      'smugglers in Europe, according to Downing Street.',
    ].join('\n');
    expect(cleanDraft(draft(body)).text).toBe(
      'Britain and China agreed on Thursday to share intelligence on people-smuggling gangs, officials in both capitals said.\n\n' +
        'The pact covers small boat engines made in China and sold to smugglers in Europe, according to Downing Street.',
    );
  });

  it('keeps the reader\'s removals first and never reads a mid-article colon as a dateline', () => {
    const body = `${S1}\n\nLagos: The same pattern was seen in West Africa, officials said on Friday.`;
    const r = cleanDraft(draft(body, { removed: [{ text: 'Comments (3)', reason: 'boilerplate: comments' }] }));
    expect(r.dateline).toBeNull();
    expect(r.text).toContain('Lagos: The same pattern');
    expect(r.removed).toEqual([{ text: 'Comments (3)', reason: 'boilerplate: comments' }]);
  });

  it('returns empty text and null metadata for a body of chrome only', () => {
    const r = cleanDraft(draft('Advertisement\n\nShare this article\n'));
    expect(r).toMatchObject({ text: '', headings: [], title: null, outlet: null, published: null, language: null });
    expect(r.removed).toHaveLength(2);
  });
});
