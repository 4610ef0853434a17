// HTML files → one draft, through the page extractor in ./html (Readability plus declared metadata).
// A page the extractor finds no article in is refused by name rather than ingested as an empty article.

import { dateFromFileName } from '../text/index.js';
import { extractHtmlPage } from './html/index.js';
import { folderGroup, inputError, newDraft, type InputSource, type ReadItem } from './read-item.js';

export function readHtml(html: string, src: InputSource): ReadItem[] {
  const page = extractHtmlPage(html, { url: null });
  if (page.body.trim() === '') {
    return [{
      input: src.label,
      error: inputError('bad-html', src, 'is HTML with no article text found in it', {
        hint: 'save the article page itself (not an index or a page that needs JavaScript), or paste its text into a .txt file',
      }),
    }];
  }
  const draft = newDraft('html', src, page.body, folderGroup(src));
  draft.url = page.url;
  draft.headings = page.headings;
  draft.title = page.title;
  draft.outlet = page.outlet;
  draft.language = page.language;
  draft.author = page.author;
  draft.removed = page.removed;
  draft.published = page.published;
  if (!draft.published) {
    const fromName = dateFromFileName(src.name);
    if (fromName) draft.published = { value: fromName, from: 'filename' };
  }
  return [{ input: src.label, draft }];
}
