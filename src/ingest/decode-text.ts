// Bytes → text: UTF-8 (with or without BOM), UTF-16 LE/BE, and a Windows-1252 fallback for old files,
// so a scraped page saved by any common tool reads as words, NFC-normalized with LF line endings.

/** The encoding a text was read with; a charset name from the file's own declaration otherwise. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | (string & {});

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** The encoding named by a byte-order mark at the start of `bytes`, and the mark's length. */
export function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM, recognised by its NUL pattern: Latin-script UTF-16LE puts 0x00 in almost every
 * odd byte ("H\0e\0l\0l\0o\0") and almost never in an even one. We require ≥ 40 % of the byte pairs in
 * the first 8 KB to have a NUL on one side and < 2 % on the other: real text has no NULs, and binary
 * data scatters them on both sides, so only UTF-16 gives that lopsided pattern. Non-Latin UTF-16
 * (e.g. Chinese, no NULs at all) is not recognised without a BOM.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.4 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.4 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * Decodes bytes to NFC text with LF line endings. Throws TypeError (the caller names the file) only
 * for bytes that a BOM or NUL pattern marks as UTF-16 but that are not valid UTF-16.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const rest = bytes.subarray(bom.length);
    // A BOM is a declaration: decode strictly as UTF-16, but tolerate a stray bad byte after a UTF-8 BOM.
    const text = new TextDecoder(bom.encoding, { fatal: bom.encoding !== 'utf-8', ignoreBOM: true }).decode(rest);
    return { text: normalizeText(text), encoding: bom.encoding };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    return { text: normalizeText(new TextDecoder(utf16, { fatal: true }).decode(bytes)), encoding: utf16 };
  }
  try {
    return { text: normalizeText(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch (err) {
    // Not UTF-8: fall through to a declared charset or Windows-1252; the result says which was used.
    if (!(err instanceof TypeError)) throw err;
  }
  const declared = declaredCharset(bytes);
  if (declared && !isLatin1Family(declared)) {
    return { text: normalizeText(new TextDecoder(declared).decode(bytes)), encoding: declared };
  }
  return { text: normalizeText(decodeWindows1252(bytes)), encoding: 'windows-1252' };
}

/**
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1, turning the curly quotes 0x93/0x94 into
 * the C1 controls U+0093/U+0094 instead of “ ”. This table maps 0x80–0x9F the way Windows-1252 does
 * (the five bytes it leaves undefined stay as they are).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin = new TextDecoder('windows-1252').decode(bytes);
  return latin.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function isLatin1Family(charset: string): boolean {
  return /^(?:windows-1252|iso-8859-1|latin1|us-ascii|ascii|cp1252|x-cp1252|l1|iso8859-1|iso_8859-1)$/i.test(charset);
}

/**
 * A charset the file declares for itself, for bytes that are not UTF-8: `<meta charset="shift_jis">`,
 * `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">` or `<?xml … encoding="gb2312"?>`
 * in the first 2 KB. Returns null when none is declared or TextDecoder does not know it.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  if (!m?.[1]) return null;
  const label = m[1].toLowerCase();
  if (label === 'utf-8' || label === 'utf8') return null; // it said UTF-8 and lied: fall back to 1252
  try {
    new TextDecoder(label);
    return label;
  } catch (err) {
    if (err instanceof RangeError) return null; // an unknown label: treat as undeclared
    throw err;
  }
}

/** NFC, CRLF/CR → LF, and no BOM character left at the start. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}
