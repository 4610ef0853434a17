// Writes an annotated text as a TimeML document (the exchange format of time annotation): the text
// with inline <TIMEX3> tags, the reference date as the document creation time (DCT).
import type { TimeExpression } from '../core/annotations.js';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderTimeml(docId: string, text: string, times: readonly TimeExpression[], reference: string | null): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<TimeML>', `<DOCID>${escapeXml(docId)}</DOCID>`];
  if (reference) {
    out.push(`<DCT><TIMEX3 tid="t0" type="DATE" value="${escapeXml(reference)}" temporalFunction="false" functionInDocument="CREATION_TIME">${escapeXml(reference)}</TIMEX3></DCT>`);
  }
  let body = '';
  let at = 0;
  const sorted = [...times].sort((a, b) => a.start - b.start);
  sorted.forEach((t, i) => {
    if (t.start < at) return; // overlapping expressions cannot nest in TimeML; the first one wins
    const attrs = [`tid="t${i + 1}"`, `type="${t.type}"`, `value="${escapeXml(t.value)}"`];
    if (t.mod) attrs.push(`mod="${escapeXml(t.mod)}"`);
    if (t.relative !== null) attrs.push('temporalFunction="true"', 'anchorTimeID="t0"');
    body += escapeXml(text.slice(at, t.start)) + `<TIMEX3 ${attrs.join(' ')}>${escapeXml(text.slice(t.start, t.end))}</TIMEX3>`;
    at = t.end;
  });
  body += escapeXml(text.slice(at));
  out.push(`<TEXT>${body}</TEXT>`, '</TimeML>');
  return out.join('\n') + '\n';
}
