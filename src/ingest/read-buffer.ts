// One in-memory input (a file's bytes, stdin, an API upload) → drafts or typed errors: refuse binaries,
// decode, detect the format by content, then hand the text to the reader for that format.

import { InputError, StageError, describeError } from '../core/errors.js';
import { decodeText, type DecodedText } from './decode-text.js';
import { detectFormat, formatHint, sniffBinary, type Detection } from './detect-format.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { inputError, type InputSource, type ReadItem } from './read-item.js';
import { readJson, readJsonLines } from './read-json.js';
import { readText } from './read-text.js';

export interface ReadBufferOptions {
  /** A MIME type hint (an upload's Content-Type); like a file extension it only breaks ties. */
  contentType?: string | null;
  /** `draft.file`; defaults to `name`. Pass null for inputs that are not files (stdin, API uploads). */
  file?: string | null;
  /** Refuse inputs above this many bytes (the API checks uploads with it; readPaths checks before reading). */
  maxBytes?: number;
}

/**
 * The checks every input passes before its format matters — size, empty, binary, encoding — and the
 * decoded text, or the error naming the input. `dossier annotate --raw` uses this alone.
 */
export function decodeInput(bytes: Uint8Array, src: InputSource, maxBytes?: number): DecodedText | InputError {
  if (maxBytes !== undefined && bytes.length > maxBytes) return tooLarge(src, bytes.length, maxBytes);
  if (bytes.length === 0) return inputError('empty', src, 'is empty (0 bytes)');
  const binary = sniffBinary(bytes);
  if (binary) {
    return inputError('binary', src, `is ${binary}, not a text/HTML/JSON/feed file; Dossier reads text, HTML, JSON(L) and RSS/Atom`, {
      hint: binaryHint(binary),
    });
  }
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes);
  } catch (err) {
    // Only strict UTF-16 decoding throws (a TypeError): a BOM or NUL pattern promised UTF-16 that is not.
    if (!(err instanceof TypeError)) throw err;
    return inputError('encoding', src, 'looks like UTF-16 but is not valid UTF-16', { hint: 'save the file as UTF-8' });
  }
  if (decoded.text.trim() === '') return inputError('empty', src, 'contains only whitespace');
  return decoded;
}

/** `name` is the display name used in `ReadItem.input` and messages ("-" for stdin), or null. */
export function readBuffer(bytes: Uint8Array, name: string | null, options: ReadBufferOptions = {}): ReadItem[] {
  const src: InputSource = { label: name ?? '(upload)', file: options.file !== undefined ? options.file : name, name };
  const fail = (error: InputError): ReadItem[] => [{ input: src.label, error }];
  const decoded = decodeInput(bytes, src, options.maxBytes);
  if (decoded instanceof InputError) return fail(decoded);

  const detected = detectFormat(decoded.text, formatHint(name, options.contentType));
  let items: ReadItem[];
  if ('problem' in detected) {
    items = detected.problem === 'bad-json'
      ? fail(inputError('bad-json', src, `is not valid JSON: ${detected.detail}`, { hint: 'fix the JSON, or rename the file to .txt if it is plain text' }))
      : fail(inputError('bad-feed', src, `is XML with root element <${detected.root}>, not an RSS or Atom feed`, { hint: 'Dossier reads RSS 2.0, RSS 1.0 and Atom feeds' }));
  } else {
    try {
      items = readAs(detected, decoded.text, src);
    } catch (err) {
      // A reader's defect on this input fails this input only; the batch goes on.
      if (err instanceof InputError) return fail(err);
      return [{ input: src.label, error: new StageError('read', `ingest: "${src.label}": the ${detected.format} reader failed: ${describeError(err)}`, { cause: err }) }];
    }
  }
  return items.map((item) => ('draft' in item ? { ...item, encoding: decoded.encoding } : item));
}

function readAs(detected: Extract<Detection, { format: unknown }>, text: string, src: InputSource): ReadItem[] {
  switch (detected.format) {
    case 'json': return readJson(detected.value, src);
    case 'jsonl': return readJsonLines(text, src);
    case 'rss':
    case 'atom': return readFeed(text, detected.format, src);
    case 'html': return readHtml(text, src);
    case 'text': return readText(text, src);
  }
}

/** `"big.txt" is 50.0 MB; the limit is 20.0 MB` with the flag that raises it. */
export function tooLarge(src: InputSource, size: number, maxBytes: number): InputError {
  return inputError('too-large', src, `is ${megabytes(size)}, above the ${megabytes(maxBytes)} limit`, {
    hint: `raise the limit with --max-bytes ${Math.ceil(size / 1048576) * 1048576} (bytes), or split the file`,
  });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

function binaryHint(what: string): string {
  if (what.includes('PDF')) return 'extract its text first (e.g. `pdftotext file.pdf`) and read the .txt';
  if (/Word|OpenDocument|RTF|Office|EPUB/.test(what)) return 'save it as plain text (.txt) or HTML and read that';
  if (/compressed|archive/.test(what)) return 'unpack it and pass the folder';
  return 'leave it out, or pass only the article files';
}
