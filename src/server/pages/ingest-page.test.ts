// Specs for the ingest page: the drop zone with a multiple file input, the paste box with its content
// types, the progress line and the outcome list app.js fills, and the token field only when needed.
import { describe, expect, it } from 'vitest';
import { dom, pageViolations } from '../../../test/support/page-fixtures.js';
import { formatBytes, renderIngestPage } from './ingest-page.js';

describe('renderIngestPage', () => {
  const html = renderIngestPage({ maxBytes: 5 * 1024 * 1024, writeNeedsToken: false });
  const doc = dom(html);

  it('has a drop zone with a multiple file input and an upload button', () => {
    expect(doc.querySelector('#drop-zone input#file-input[type="file"]')?.hasAttribute('multiple')).toBe(true);
    expect(doc.querySelector('form#upload-form button#file-submit[type="submit"]')).not.toBeNull();
    expect(doc.querySelector('#ingest')?.getAttribute('data-max-bytes')).toBe(String(5 * 1024 * 1024));
    expect(doc.querySelector('.byline')?.textContent).toContain('up to 5 MB each');
  });

  it('has a paste box, a content-type select with every upload type, a progress line and an outcome list', () => {
    expect(doc.querySelector('form#paste-form textarea#paste-text')).not.toBeNull();
    expect(doc.querySelector('button#paste-submit')).not.toBeNull();
    expect(Array.from(doc.querySelectorAll('select#content-type option')).map((o) => o.getAttribute('value'))).toEqual([
      'auto', 'text/plain', 'text/html', 'application/json', 'application/x-ndjson', 'application/rss+xml', 'application/atom+xml',
    ]);
    expect(doc.querySelector('#ingest-progress[role="status"]')).not.toBeNull();
    expect(doc.querySelector('ol#ingest-outcomes')).not.toBeNull();
    expect(doc.querySelector('a[href="/ingest"]')?.getAttribute('aria-current')).toBe('page');
    expect(pageViolations(html)).toEqual([]);
  });

  it('asks for the token only when writes need it', () => {
    expect(doc.querySelector('#write-token')).toBeNull();
    const withToken = dom(renderIngestPage({ maxBytes: 1000, writeNeedsToken: true }));
    expect(withToken.querySelector('input#write-token[type="password"][name="token"]')).not.toBeNull();
  });

  it('formats sizes for people', () => {
    expect([formatBytes(512), formatBytes(200 * 1024), formatBytes(20 * 1024 * 1024)]).toEqual(['512 bytes', '200 KB', '20 MB']);
  });
});
