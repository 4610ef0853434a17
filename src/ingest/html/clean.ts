// Removes page furniture before content scoring: hidden elements, navigation, share bars, comment
// sections, newsletter boxes, related links, ads. Hints live in lexicon/html-boilerplate.json.
// The drops a reader may care about (comments, related links, captions…) are recorded as Removals.

import { htmlBoilerplateLexicon } from '../../config/lexicons.js';
import { once } from '../../core/lazy.js';
import { isFurnitureCode, removalOf, type FurnitureCode } from '../../core/removal-reasons.js';
import type { Removal } from '../../core/types.js';
import { collapse, remove, textOf, type El } from './dom.js';

const hints = once(() => {
  const lex = htmlBoilerplateLexicon();
  return {
    lex,
    // The lexicon's shape allows only furniture codes as keys; the guard narrows the type.
    classRules: Object.entries(lex.classIdStrong).flatMap(([code, src]) => (isFurnitureCode(code) ? [{ code, re: new RegExp(src) }] : [])),
    protect: new RegExp(lex.classIdProtect),
    /** Whole-block junk lines ("Advertisement", "Share this article"), matched case-insensitively. */
    junkLines: new RegExp(lex.lines.map((s) => `(?:${s})`).join('|'), 'i'),
  };
});

/** Whether a whole text block is a junk line ("Advertisement", "Share this article"). */
export function isJunkLine(text: string): boolean {
  return hints().junkLines.test(text);
}

/** Kinds worth showing a user; navigation and page chrome are dropped silently (too many, no value). */
const REPORTED = new Set<FurnitureCode>(['comments-section', 'related-links', 'newsletter-box', 'share-bar', 'caption', 'author-box', 'byline-box', 'tags']);
const MAX_REMOVALS = 30;
const MAX_REMOVAL_CHARS = 200;

/** Why an element is page furniture, or null when it may hold article text. */
function furnitureCode(el: El): FurnitureCode | null {
  const { lex, protect, classRules } = hints();
  const a = el.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return 'hidden';
  const style = a.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'hidden';
  const byTag = lex.tags[el.tag];
  if (byTag) return byTag;
  const role = a.role ? lex.roles[a.role.toLowerCase()] : undefined;
  if (role) return role;
  const cls = `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase().trim();
  if (!cls || protect.test(cls)) return null;
  for (const r of classRules) if (r.re.test(cls)) return r.code;
  return null;
}

/**
 * Drops furniture under `body` in place. Kept whatever their class says: the elements in `keep`
 * (the ancestors of the best prose container), ancestors of a declared article body, and an
 * element holding more than half the page's text. Class names alone mislead: ASP.NET wraps the
 * page in one <form>, and wrappers are called "and-w-sidebar", "m-advertisement-off-canvas--pusher".
 */
export function removeFurniture(body: El, keep: Set<El>): Removal[] {
  const lengths = new Map<El, number>();
  const total = measure(body, lengths);
  const holders = protectedAncestors(body);
  for (const k of keep) holders.add(k);
  const removals: Removal[] = [];
  const rec = (el: El): void => {
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c === 'string') continue;
      const len = lengths.get(c) ?? 0;
      if (c.tag === 'main' || c.tag === 'body' || c.tag === 'html') {
        rec(c);
        continue;
      }
      const code = furnitureCode(c);
      // Hidden wrappers of the article are kept too: Next.js streams pages into <div hidden id="S:0">.
      if (code && !holders.has(c) && !(len > total * 0.5 && code !== 'hidden')) {
        if (REPORTED.has(code) && removals.length < MAX_REMOVALS && len > 0) {
          const text = textOf(c);
          if (text) removals.push(removalOf(clip(text), { code }));
        }
        remove(c);
      } else rec(c);
    }
  };
  rec(body);
  return removals;
}

/**
 * Elements that contain a declared article body (itemprop=articleBody, class "entry-content",
 * "post-body" …): Blogger wraps posts in <div class="widget Blog">, which must not go as a widget.
 */
function protectedAncestors(body: El): Set<El> {
  const out = new Set<El>();
  const rec = (el: El): boolean => {
    let holds = false;
    for (const c of el.children) if (typeof c !== 'string' && rec(c)) holds = true;
    if (holds) out.add(el);
    const a = el.attrs;
    const own = a.itemprop === 'articleBody' || hints().protect.test(`${a.class ?? ''} ${a.id ?? ''}`.toLowerCase());
    return holds || own;
  };
  rec(body);
  return out;
}

/** Text length per element (collapsed-ish: whitespace runs count as one). */
function measure(el: El, out: Map<El, number>): number {
  let n = 0;
  for (const c of el.children) {
    if (typeof c === 'string') n += c.length - (c.match(/\s{2,}/g)?.join('').length ?? 0);
    else n += measure(c, out);
  }
  out.set(el, n);
  return n;
}

export function clip(text: string): string {
  const t = collapse(text);
  return t.length > MAX_REMOVAL_CHARS ? `${t.slice(0, MAX_REMOVAL_CHARS - 1)}…` : t;
}
