// Every setting Dossier reads, with its default and its environment variable, parsed once per front door.
import { InputError } from '../core/errors.js';

export interface Settings {
  /** The embedded store's file (or ':memory:'). Env: DOSSIER_DB. */
  dbPath: string;
  /** Largest input file read, in bytes; larger ones are refused with a size message. Env: DOSSIER_MAX_BYTES. */
  maxBytes: number;
}

export const DEFAULT_SETTINGS: Settings = {
  dbPath: './data/dossier.db',
  maxBytes: 20 * 1024 * 1024,
};

/** Parses a byte size: "20000000", "20MB", "20 MiB", "512k". */
export function parseByteSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text);
  if (!m?.[1]) throw new InputError('usage', `settings: "${text}" is not a size`, 'write a number of bytes or e.g. 50MB');
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}

/** Settings from the environment over the defaults; command-line options override these in the CLI. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    dbPath: env.DOSSIER_DB || DEFAULT_SETTINGS.dbPath,
    maxBytes: env.DOSSIER_MAX_BYTES ? parseByteSize(env.DOSSIER_MAX_BYTES) : DEFAULT_SETTINGS.maxBytes,
  };
}
