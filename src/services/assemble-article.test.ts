import { makeDraft } from '../../test/support/make-draft.js';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../core/types.js';
import { articleIdFor } from '../ingest/index.js';
import { assembleArticle } from './assemble-article.js';

const draft = (body: string, extra: Partial<ArticleDraft> = {}): ArticleDraft => makeDraft(body, { file: 'a.html', format: 'html', ...extra });

const BODY = 'By Ines Varga\nPORT ELAN (Meridian Wire) — Dock workers ended a nine-day strike on Tuesday. They won a 6 percent rise.';

describe('assembleArticle', () => {
  const article = assembleArticle(
    draft(BODY, { removed: [{ text: 'Comments (12)', reason: 'boilerplate: comments section' }] }),
    undefined,
    '2026-11-23T08:00:00.000Z',
  );

  it('takes its id from the draft body, so it does not depend on the batch', () => {
    expect(article.id).toBe(articleIdFor(BODY));
  });

  it('lists the reader’s removals once, before the cleaner’s', () => {
    expect(article.removed.filter((r) => r.text === 'Comments (12)')).toHaveLength(1);
    expect(article.removed[0]?.text).toBe('Comments (12)');
  });

  it('keeps the byline the cleaner read as the author, and the wire credit', () => {
    expect(article.author).toBe('Ines Varga');
    expect(article.wire).toBe('Meridian Wire');
    expect(article.dateline).toBe('PORT ELAN');
  });

  it('splits the clean text into sentences whose offsets slice the text', () => {
    expect(article.sentences.map((s) => s.text)).toEqual(['Dock workers ended a nine-day strike on Tuesday.', 'They won a 6 percent rise.']);
    for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });
});
