// Bytes → text: each encoding a saved news page commonly arrives in, and the normalizations applied.

import { describe, expect, it } from 'vitest';
import { decodeText, guessUtf16 } from './decode-text.js';
import { readBuffer } from './index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
const bytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));

const QUOTE = 'Starmer said it was “vital” — for “both sides”.';

describe('decodeText', () => {
  const cases: [string, Uint8Array, string, string][] = [
    ['UTF-8 without BOM', utf8(QUOTE), QUOTE, 'utf-8'],
    ['UTF-8 with BOM (BOM dropped)', bytes([0xef, 0xbb, 0xbf], utf8(QUOTE)), QUOTE, 'utf-8'],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe], utf16le(QUOTE)), QUOTE, 'utf-16le'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], utf16be(QUOTE)), QUOTE, 'utf-16be'],
    ['UTF-16 LE without BOM (NUL in every odd byte)', utf16le('Keir Starmer met Xi Jinping in Beijing.'), 'Keir Starmer met Xi Jinping in Beijing.', 'utf-16le'],
    ['UTF-16 BE without BOM (NUL in every even byte)', utf16be('Keir Starmer met Xi Jinping in Beijing.'), 'Keir Starmer met Xi Jinping in Beijing.', 'utf-16be'],
    ['Windows-1252 curly quotes 0x93/0x94 and dash 0x97', bytes(utf8('He said '), [0x93], utf8('yes'), [0x94], utf8(' '), [0x97], utf8(' caf'), [0xe9]), 'He said “yes” — café', 'windows-1252'],
    ['Windows-1252 euro sign 0x80 and apostrophe 0x92', bytes([0x80], utf8('5 isn'), [0x92], utf8('t much')), '€5 isn’t much', 'windows-1252'],
    ['CRLF and lone CR become LF', utf8('one\r\ntwo\rthree\n'), 'one\ntwo\nthree\n', 'utf-8'],
    ['decomposed é (e + U+0301) is NFC-composed', utf8('cafe\u0301'), 'café', 'utf-8'],
    ['a declared charset is honoured when the bytes are not UTF-8', bytes(utf8('<meta charset="koi8-r"><p>'), [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), '<meta charset="koi8-r"><p>Привет', 'koi8-r'],
  ];
  it.each(cases)('%s', (_label, input, text, encoding) => {
    const decoded = decodeText(input);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
  });

  it('does not take a file with a few NULs in both byte positions for UTF-16', () => {
    const data = new Uint8Array(400).map((_, i) => (i % 7 === 0 ? 0 : 0x41 + (i % 26)));
    expect(guessUtf16(data)).toBeNull();
  });

  it('reports broken UTF-16 behind a BOM as an encoding error naming the file', () => {
    const broken = bytes([0xff, 0xfe], [0x00, 0xd8, 0x41, 0x00]); // a lone high surrogate, then "A"
    const [item] = readBuffer(broken, 'bad16.txt', {});
    expect(item && 'error' in item && item.error.code).toBe('encoding');
    expect(item && 'error' in item && item.error.message).toContain('"bad16.txt"');
  });

  it('records the encoding used on the read item', () => {
    const [item] = readBuffer(bytes(utf8('Fallback '), [0x93], utf8('text'), [0x94]), 'old.txt', {});
    expect(item && 'draft' in item && [item.draft.body, item.encoding]).toEqual(['Fallback “text”', 'windows-1252']);
  });
});
