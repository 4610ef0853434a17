// Refuses binary files before any decoding, saying what they are ("a PDF document"): magic numbers
// for the formats people drop into article folders, then NUL bytes or control characters as a fallback.

import { bomEncoding, guessUtf16 } from './decode-text.js';

/** Magic numbers of the binary files people most often drop into a folder of articles. */
const MAGIC: { bytes: (number | null)[]; at?: number; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF87a'), what: 'a GIF image' },
  { bytes: ascii('GIF89a'), what: 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], what: 'a WebP image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')], what: 'a WAV audio file' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('AVI ')], what: 'an AVI video' },
  { bytes: ascii('II*\0'), what: 'a TIFF image' },
  { bytes: ascii('MM\0*'), what: 'a TIFF image' },
  { bytes: [0x00, 0x00, 0x01, 0x00], what: 'an icon file' },
  { bytes: ascii('%PDF-'), what: 'a PDF document' },
  { bytes: ascii('{\\rtf'), what: 'an RTF document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office document (.doc/.xls/.ppt)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'a ZIP archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file' },
  { bytes: ascii('BZh'), what: 'a bzip2-compressed file' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz-compressed file' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a zstd-compressed file' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: ascii('Rar!\x1a\x07'), what: 'a RAR archive' },
  { bytes: ascii('ustar'), at: 257, what: 'a tar archive' },
  { bytes: ascii('SQLite format 3\0'), what: 'an SQLite database' },
  { bytes: ascii('ftyp'), at: 4, what: 'an MP4/MOV/HEIC media file' },
  { bytes: ascii('OggS'), what: 'an Ogg media file' },
  { bytes: ascii('fLaC'), what: 'a FLAC audio file' },
  { bytes: [0x49, 0x44, 0x33, null, null], what: 'an MP3 audio file' },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], what: 'a Matroska/WebM video' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an ELF executable' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a Mach-O executable' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], what: 'a Java class file or Mach-O executable' },
  { bytes: ascii('\0asm'), what: 'a WebAssembly module' },
  { bytes: ascii('wOFF'), what: 'a web font' },
  { bytes: ascii('wOF2'), what: 'a web font' },
  { bytes: ascii('PAR1'), what: 'a Parquet file' },
];

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

/** ZIP-based formats, told apart by member names that their central directory lists. */
const ZIP_KINDS: [string, string][] = [
  ['word/', 'a Word document (.docx)'],
  ['xl/', 'an Excel workbook (.xlsx)'],
  ['ppt/', 'a PowerPoint presentation (.pptx)'],
  ['application/epub+zip', 'an EPUB e-book'],
  ['application/vnd.oasis.opendocument', 'an OpenDocument file'],
];

/**
 * What a binary file is ("a PDF document"), or null for text. Magic numbers first; then, unless the
 * bytes are UTF-16 (whose NULs are expected), any NUL in the first 8 KB, or more than 10 % control
 * characters there — no text editor writes either, while every compressed or encrypted file does.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    const at = m.at ?? 0;
    if (bytes.length < at + m.bytes.length) continue;
    if (m.bytes.every((b, i) => b === null || bytes[at + i] === b)) {
      // "ID3" must carry a version 2–4 and a zero minor byte, so prose starting "ID3…" is not audio.
      if (m.what.includes('MP3') && !(bytes[3]! >= 2 && bytes[3]! <= 4 && bytes[4] === 0)) continue;
      return m.what === 'a ZIP archive' ? zipKind(bytes) : m.what;
    }
  }
  if (bomEncoding(bytes) || guessUtf16(bytes)) return null;
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return 'a binary file (it contains NUL bytes)';
    // Tab, LF, VT, FF, CR and ESC (ANSI colours in saved terminal output) are fine in text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return head.length > 0 && controls > head.length * 0.1 ? 'a binary file (it is mostly control characters)' : null;
}

function zipKind(bytes: Uint8Array): string {
  // Member names are ASCII; latin1 keeps byte offsets so a plain substring search works.
  const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const [marker, what] of ZIP_KINDS) if (names.includes(marker)) return what;
  return 'a ZIP archive';
}
