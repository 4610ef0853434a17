// The ingest page (`/ingest`): a drop zone with a file input (several files) and a textarea to paste
// text, HTML or JSON, with a content-type choice. app.js uploads each file as a raw body to
// POST /api/articles (the same readers as the CLI), shows "n of N files" and lists each item's outcome
// with a link to the new article. Uploading needs the script; the page says so when it is off.
import { escapeHtml, formStatus, needsScript, renderLayout, tokenField } from './layout.js';
import type { IngestPageData } from './page-data.js';

/** The content types the upload understands, as the select offers them. */
export const CONTENT_TYPES: { value: string; label: string }[] = [
  { value: 'auto', label: 'Detect (from the file type, or by looking at the text)' },
  { value: 'text/plain', label: 'Plain text' },
  { value: 'text/html', label: 'HTML page' },
  { value: 'application/json', label: 'JSON (an article or a list)' },
  { value: 'application/x-ndjson', label: 'JSON Lines (one article per line)' },
  { value: 'application/rss+xml', label: 'RSS feed' },
  { value: 'application/atom+xml', label: 'Atom feed' },
];

/** Bytes for a person: "5 MB", "200 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function renderIngestPage(data: IngestPageData): string {
  const options = CONTENT_TYPES.map((t) => `<option value="${escapeHtml(t.value)}">${escapeHtml(t.label)}</option>`).join('');
  const main = [
    '<header class="page-head">',
    '<h1>Add articles</h1>',
    `<p class="byline">Text, HTML pages, JSON / JSON Lines and RSS / Atom feeds, up to ${escapeHtml(formatBytes(data.maxBytes))} each. New articles join their stories at once.</p>`,
    '</header>',
    needsScript('Uploading'),
    `<div class="ingest" id="ingest" data-max-bytes="${Math.max(0, Math.floor(data.maxBytes))}">`,
    data.writeNeedsToken ? tokenField('write-token') : '',
    '<p class="field"><label for="content-type">Content type</label>',
    `<select id="content-type" name="contentType">${options}</select></p>`,
    '<form id="upload-form" class="ingest-form" method="post" action="/api/articles">',
    '<div class="drop-zone" id="drop-zone">',
    '<p class="drop-title">Drop files here</p>',
    '<p><label for="file-input">or choose files:</label> <input type="file" id="file-input" name="files" multiple></p>',
    '<p class="muted" id="file-list" aria-live="polite">No files chosen.</p>',
    '</div>',
    '<button type="submit" id="file-submit" disabled>Upload files</button>',
    '</form>',
    '<form id="paste-form" class="ingest-form" method="post" action="/api/articles">',
    '<p class="field field-wide"><label for="paste-text">Or paste an article (text, HTML or JSON)</label>',
    '<textarea id="paste-text" name="text" rows="10" spellcheck="false"></textarea></p>',
    '<button type="submit" id="paste-submit" disabled>Add the pasted article</button>',
    '</form>',
    '<div class="progress-row">',
    '<progress id="ingest-progress-bar" max="1" value="0" aria-label="Upload progress"></progress>',
    formStatus('ingest-progress'),
    '</div>',
    '<h2 id="outcomes-h">Results</h2>',
    '<ol class="outcomes" id="ingest-outcomes" aria-labelledby="outcomes-h" aria-live="polite"></ol>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
  return renderLayout({ title: 'Add articles', main, active: 'ingest', bodyClass: 'page-ingest' });
}
