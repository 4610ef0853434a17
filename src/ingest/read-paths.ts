// Reads the files a user named (folders walked, "-" = stdin) as a stream of drafts and errors. Sizes are
// checked with fstat before any byte is read, so a stray 5 GB file costs one system call, not 5 GB.

import { open, type FileHandle } from 'node:fs/promises';
import { expandPaths, fsError } from './expand-paths.js';
import { readBuffer, tooLarge } from './read-buffer.js';
import type { InputError } from '../core/errors.js';
import { inputError, type InputSource, type ReadItem } from './read-item.js';

/** 20 MiB: ten times the largest news page in the seeds' sources, far below what a laptop struggles with. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** Files above this size are refused with 'too-large' (CLI: --max-bytes). */
  maxBytes: number;
  /** Where "-" reads from; process.stdin by default. */
  stdin?: NodeJS.ReadableStream;
}

/** Expands paths and reads each file; one bad file never stops the walk. */
export async function* readPaths(paths: readonly string[], options: ReadOptions): AsyncGenerator<ReadItem> {
  for await (const entry of expandPaths(paths)) {
    if ('error' in entry) {
      yield entry;
    } else if (entry.path === '-') {
      const read = await readStdinBytes(options);
      if ('error' in read) yield read;
      else yield* readBuffer(read.bytes, '-', { file: null });
    } else {
      yield* await readFile(entry.path, options.maxBytes);
    }
  }
}

/** Standard input's bytes under the size limit, or the error saying why not. */
export async function readStdinBytes(options: ReadOptions): Promise<{ input: string; bytes: Uint8Array } | { input: string; error: InputError }> {
  const src: InputSource = { label: '-', file: null, name: null };
  if (!options.stdin && process.stdin.isTTY) {
    // Reading a terminal would wait for typing that never comes; say what "-" expects instead.
    return { input: '-', error: inputError('usage', src, 'means standard input, but nothing is piped in', { hint: 'pipe the text in: cat article.txt | dossier analyze -' }) };
  }
  const bytes = await readStream(options.stdin ?? process.stdin, options.maxBytes);
  return typeof bytes === 'number' ? { input: '-', error: tooLarge(src, bytes, options.maxBytes) } : { input: '-', bytes };
}

async function readFile(p: string, maxBytes: number): Promise<ReadItem[]> {
  const read = await readFileBytes(p, maxBytes);
  return 'error' in read ? [read] : readBuffer(read.bytes, p, { file: p });
}

/** A file's bytes under the size limit, or the error naming it. */
export async function readFileBytes(p: string, maxBytes: number): Promise<{ input: string; bytes: Uint8Array } | { input: string; error: InputError }> {
  const src: InputSource = { label: p, file: p, name: p };
  let handle;
  try {
    handle = await open(p, 'r');
  } catch (err) {
    return { input: p, error: fsError(p, err) };
  }
  try {
    const info = await handle.stat();
    let bytes: Uint8Array | number;
    if (info.isFile()) {
      if (info.size > maxBytes) return { input: p, error: tooLarge(src, info.size, maxBytes) };
      bytes = await readSize(handle, info.size);
    } else {
      // A FIFO or device (`<(curl …)`): its size is unknown until read, so the limit applies while reading.
      bytes = await readStream(handle.createReadStream({ autoClose: false }), maxBytes);
    }
    if (typeof bytes === 'number') return { input: p, error: tooLarge(src, bytes, maxBytes) };
    return { input: p, bytes };
  } catch (err) {
    return { input: p, error: fsError(p, err) };
  } finally {
    await handle.close();
  }
}

/**
 * The first `size` bytes (the size fstat gave): a file that grows while being read — a log, a download
 * in progress — cannot slip past the limit that was checked.
 */
async function readSize(handle: FileHandle, size: number): Promise<Uint8Array> {
  const buf = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const { bytesRead } = await handle.read(buf, done, size - done, done);
    if (bytesRead === 0) break; // it shrank
    done += bytesRead;
  }
  return buf.subarray(0, done);
}

/** The stream's bytes, or the byte count reached when it passed `maxBytes` (reading stops there). */
async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array | number> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) return total;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
