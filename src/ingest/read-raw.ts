// Reads one input as text exactly as given — decoded, never extracted or cleaned — for
// `dossier annotate --raw`, whose offsets must point into the input itself.
import { InputError } from '../core/errors.js';
import { decodeInput } from './read-buffer.js';
import { readFileBytes, readStdinBytes, type ReadOptions } from './read-paths.js';

/** The decoded text of a file (or "-" for stdin), with the same limits and errors as every reader. */
export async function readRawText(path: string, options: ReadOptions): Promise<{ input: string; text: string } | { input: string; error: InputError }> {
  const read = path === '-' ? await readStdinBytes(options) : await readFileBytes(path, options.maxBytes);
  if ('error' in read) return read;
  const decoded = decodeInput(read.bytes, { label: path, file: path === '-' ? null : path, name: path });
  return decoded instanceof InputError ? { input: path, error: decoded } : { input: path, text: decoded.text };
}
