// Splits a draft body into trimmed paragraphs: one per line, or one per blank-line block when the
// text is hard-wrapped (e-mail style, ~72 columns), so a sentence is never cut at a line break.

// Spaces that scrapers leave in (NBSP, thin spaces, ideographic space) become one plain space;
// zero-width characters and the BOM go, since they only break pattern matching.
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+/g;
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

export function normaliseLine(line: string): string {
  const visible = line.replace(ZERO_WIDTH, '');
  // Most lines have only single plain spaces; skip the rewrite for them (it is a hot path).
  return (ODD_SPACE.test(visible) ? visible.replace(SPACES, ' ') : visible).trim();
}

/**
 * A body is hard-wrapped when its paragraphs are blank-line blocks of several lines that all stay
 * under a terminal width: e.g. three lines of 68, 71 and 30 characters. Seeds 000–004 put one
 * paragraph per line (lines up to 400+ characters), so they are never joined. 100 columns covers
 * the usual 72/76/80 wraps; a median of 40+ on the non-final lines tells wrapping from short lists.
 */
function isHardWrapped(blocks: string[][]): boolean {
  const multi = blocks.filter((b) => b.length >= 2);
  if (blocks.length < 2 || multi.length === 0) return false;
  // Not Math.max(...lines): a 600 kB file of 300,000 short lines is more arguments than a call can take.
  if (blocks.some((b) => b.some((l) => l.length > 100))) return false;
  const inner = multi.flatMap((b) => b.slice(0, -1).map((l) => l.length)).sort((a, b) => a - b);
  const median = inner[Math.floor(inner.length / 2)] ?? 0;
  return median >= 40;
}

/** Trimmed non-empty paragraphs of `body`, in order. Lines in `keepSeparate` are never joined. */
export function splitParagraphs(body: string, keepSeparate: ReadonlySet<string> = new Set()): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map(normaliseLine);
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  if (!isHardWrapped(blocks)) return blocks.flat();
  const out: string[] = [];
  for (const block of blocks) {
    let joined = '';
    for (const line of block) {
      if (keepSeparate.has(line)) {
        if (joined) out.push(joined);
        out.push(line);
        joined = '';
      } else {
        joined = joined ? `${joined} ${line}` : line;
      }
    }
    if (joined) out.push(joined);
  }
  return out;
}

/**
 * The text inside Markdown emphasis wrapping a whole line: "*By Jane Doe*" → "By Jane Doe", so
 * bylines and credit lines are recognised in Markdown. "*a* and *b*" is two spans, left as it is.
 */
export function unwrapEmphasis(line: string): string {
  const m = /^(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1$/su.exec(line);
  if (!m?.[1] || !m[2] || m[2].includes(m[1][0] ?? '*')) return line;
  return m[2];
}
