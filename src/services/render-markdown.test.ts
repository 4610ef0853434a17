import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../test/support/make-article.js';
import { buildDossier } from './build-dossier.js';
import { renderMarkdown } from './render-markdown.js';

describe('renderMarkdown', () => {
  const article = makeArticle({
    text: 'The ferry left Port Elan at dawn.\n\nWhat happened next\n\nForty passengers were aboard.',
    headings: [{ text: 'What happened next', start: 35, end: 53 }],
    sentences: [
      { text: 'The ferry left Port Elan at dawn.', start: 0, end: 33 },
      { text: 'Forty passengers were aboard.', start: 55, end: 84 },
    ],
  });
  const md = renderMarkdown(buildDossier([{ article, sources: ['a.txt'] }], '2026-11-23T10:00:00.000Z'));

  it('shows each metadata value with where it came from', () => {
    expect(md).toContain('| outlet | Coastline Daily | text |');
    expect(md).toContain('| published | 2026-03-02 | text |');
  });

  it('keeps headings as headings and paragraphs as quotes', () => {
    expect(md).toContain('#### What happened next');
    expect(md).toContain('> Forty passengers were aboard.');
  });

  it('lists removed junk struck through, with its reason', () => {
    expect(md).toContain('- ~~Read the full article here~~ — boilerplate: call to action');
  });

  it('names the story once for a single-article story', () => {
    expect(md.match(/Ferry leaves at dawn/g)).toHaveLength(2); // the story heading and the title row
  });

  it('escapes table cells', () => {
    const piped = renderMarkdown(buildDossier([{ article: makeArticle({ outlet: 'A | B' }), sources: [] }]));
    expect(piped).toContain('| outlet | A \\| B | text |');
  });
});
