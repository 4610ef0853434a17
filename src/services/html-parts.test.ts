// Specifies the HTML pieces the report and the web pages share: the escaper, view text turned into
// escaped HTML with each writer's links (and only http(s) URLs as external links), and a metadata row.
import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineHtml, metadataCells, statusBadge, type Href } from './html-parts.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or close an attribute', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('" onmouseover="x')).toBe('&quot; onmouseover=&quot;x');
    expect(escapeHtml("it's & more")).toBe('it&#39;s &amp; more');
  });

  it('leaves text without markup characters as it is, javascript: included (links are checked separately)', () => {
    expect(escapeHtml('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(escapeHtml('Forty passengers — “aboard”')).toBe('Forty passengers — “aboard”');
  });
});

describe('inlineHtml', () => {
  const href: Href = (link) => ('article' in link ? `/articles/${link.article}` : null);

  it('escapes every piece and styles code, emphasis and muted text', () => {
    expect(inlineHtml(['a <b> ', { text: '<i>', style: 'code' }, { text: '&', style: 'strong' }, { text: '"', style: 'muted' }], href)).toBe(
      'a &lt;b&gt; <code>&lt;i&gt;</code><strong>&amp;</strong><span class="muted">&quot;</span>',
    );
  });

  it('links what the writer’s href knows, escaping the target, and leaves the rest as text', () => {
    expect(inlineHtml({ text: 'Ledger', link: { article: 'a"1' } }, href)).toBe('<a href="/articles/a&quot;1">Ledger</a>');
    expect(inlineHtml({ text: 'k2', style: 'code', link: { claim: 'k2' } }, href)).toBe('<code>k2</code>');
  });

  it('links a URL only when it is http(s), with no referrer or opener', () => {
    expect(inlineHtml({ text: 'site', link: { url: 'https://x.example/a?b=1&c=2' } }, href)).toBe('<a href="https://x.example/a?b=1&amp;c=2" rel="noopener noreferrer">site</a>');
    expect(inlineHtml({ text: 'bad', link: { url: 'javascript:alert(1)' } }, href)).toBe('bad');
  });
});

describe('statusBadge and metadataCells', () => {
  it('spells a status out inside its coloured badge', () => {
    expect(statusBadge('single-source')).toBe('<span class="status status-single-source">single source</span>');
  });

  it('prints a metadata row as three cells, a dash for a missing value or source', () => {
    expect(metadataCells({ field: 'outlet', value: '<b>', from: null }, () => null)).toBe(
      '<th scope="row">outlet</th><td>&lt;b&gt;</td><td><span class="muted">—</span></td>',
    );
    expect(metadataCells({ field: 'dateline', value: null, from: 'text' }, () => null)).toBe('<th scope="row">dateline</th><td><span class="muted">—</span></td><td>text</td>');
  });
});
