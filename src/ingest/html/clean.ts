// Removes page furniture before content scoring: hidden elements, navigation, share bars, comment
// sections, newsletter boxes, related links, ads. Hints live in lexicon/html-boilerplate.json.
// The drops a reader may care about (comments, related links, captions…) are recorded as Removals.

import type { Removal } from '../../core/types.js';
import { loadLexicon } from '../../config/lexicon.js';
import { collapse, remove, textOf, type El } from './dom.js';

interface BoilerplateLexicon {
  classIdStrong: Record<string, string>;
  classIdProtect: string;
  roles: Record<string, string>;
  tags: Record<string, string>;
  lines: string[];
}
const lex = loadLexicon<BoilerplateLexicon>('html-boilerplate');
const CLASS_RULES = Object.entries(lex.classIdStrong).map(([reason, src]) => ({ reason, re: new RegExp(src) }));
const PROTECT = new RegExp(lex.classIdProtect);
/** Whole-block junk lines ("Advertisement", "Share this article"), matched case-insensitively. */
export const JUNK_LINES = new RegExp(lex.lines.map((s) => `(?:${s})`).join('|'), 'i');

/** Reasons worth showing a user; navigation and page chrome are dropped silently (too many, no value). */
const REPORTED = new Set(['comments section', 'related links', 'newsletter box', 'share bar', 'caption', 'author box', 'byline', 'tags']);
const MAX_REMOVALS = 30;
const MAX_REMOVAL_CHARS = 200;

/** Why an element is page furniture, or null when it may hold article text. */
function furnitureReason(el: El): string | null {
  const a = el.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return 'hidden';
  const style = a.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'hidden';
  const byTag = lex.tags[el.tag];
  if (byTag) return byTag;
  const role = a.role ? lex.roles[a.role.toLowerCase()] : undefined;
  if (role) return role;
  const cls = `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase().trim();
  if (!cls || PROTECT.test(cls)) return null;
  for (const r of CLASS_RULES) if (r.re.test(cls)) return r.reason;
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
      const reason = furnitureReason(c);
      // Hidden wrappers of the article are kept too: Next.js streams pages into <div hidden id="S:0">.
      if (reason && !holders.has(c) && !(len > total * 0.5 && reason !== 'hidden')) {
        if (REPORTED.has(reason) && removals.length < MAX_REMOVALS && len > 0) {
          const text = textOf(c);
          if (text) removals.push({ text: clip(text), reason: `boilerplate: ${reason}` });
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
    const own = a.itemprop === 'articleBody' || PROTECT.test(`${a.class ?? ''} ${a.id ?? ''}`.toLowerCase());
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
