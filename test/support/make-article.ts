// Builds small, valid Article values for tests of the store and the dossier, with any field overridden.
import type { Article } from '../../src/core/types.js';
import { ANNOTATIONS_VERSION } from '../../src/understand/index.js';

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const text = overrides.text ?? 'The ferry left Port Elan at dawn. Forty passengers were aboard.';
  return {
    id: 'a1b2c3d4e5f60718',
    file: 'examples/text/ferry.txt',
    url: null,
    sourceId: null,
    format: 'text',
    title: 'Ferry leaves at dawn',
    titleFrom: 'text',
    outlet: 'Coastline Daily',
    outletFrom: 'text',
    published: '2026-03-02',
    publishedFrom: 'text',
    dateline: 'PORT ELAN',
    language: 'en',
    languageFrom: 'detected',
    author: null,
    wire: null,
    text,
    removed: [{ text: 'Read the full article here', reason: 'boilerplate: call to action' }],
    headings: [],
    sentences: [
      { text: 'The ferry left Port Elan at dawn.', start: 0, end: 33 },
      { text: 'Forty passengers were aboard.', start: 34, end: 63 },
    ],
    annotations: { version: ANNOTATIONS_VERSION, referenceDate: '2026-03-02', entities: [], times: [], quotes: [], claims: [] },
    ingestedAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}
