// Turns what a user types into a safe FTS5 MATCH expression: every word must occur, as a prefix.
// User text never reaches FTS5 syntax directly ("NEAR", quotes and '*' would be operators there).

/** `"ferry disaster"` → `"ferry"* "disaster"*`; null when there is no word to search for. */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
