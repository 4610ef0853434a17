// Specs for the shared page shell: what every page carries (doctype, viewport, the two assets, the
// navigation and the search box) and that it adds nothing the CSP would block.
import { describe, expect, it } from 'vitest';
import { dom, pageViolations } from '../../../test/support/page-fixtures.js';
import { renderLayout, scrollTable } from './layout.js';

describe('renderLayout', () => {
  const html = renderLayout({ title: 'Stories <b>', main: '<p id="body">hello</p>', active: 'stories', q: '"><script>x</script>' });
  const doc = dom(html);

  it('is a whole HTML5 document with a viewport, the stylesheet and the deferred script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/assets/app.css');
    const script = doc.querySelector('script');
    expect(script?.getAttribute('src')).toBe('/assets/app.js');
    expect(script?.hasAttribute('defer')).toBe(true);
    expect(doc.querySelector('title')?.textContent).toBe('Stories <b> — Dossier');
  });

  it('has the navigation (Stories · Ingest, current page marked) and a search box echoing the query', () => {
    const links = Array.from(doc.querySelectorAll('.site-nav a')).map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('aria-current')]);
    expect(links).toEqual([['/', 'Stories', 'page'], ['/ingest', 'Ingest', null]]);
    const form = doc.querySelector('form.site-search');
    expect(form?.getAttribute('action')).toBe('/');
    expect(form?.getAttribute('method')).toBe('get');
    expect(doc.querySelector('#site-search')?.getAttribute('value')).toBe('"><script>x</script>');
    expect(doc.querySelector('main#main #body')?.textContent).toBe('hello');
  });

  it('carries no inline script, style or handler, even with a hostile title and query', () => {
    expect(pageViolations(html)).toEqual([]);
  });

  it('wraps tables so they scroll sideways on narrow screens', () => {
    expect(scrollTable(['a'], ['<tr><td>1</td></tr>'], 'id="t"')).toMatch(/^<div class="table-scroll"><table id="t">/);
  });
});
