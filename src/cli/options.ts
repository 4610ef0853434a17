// Options several commands share (--db, --max-bytes), resolved over the settings from the environment.
import { InvalidArgumentError, type Command } from 'commander';
import { loadSettings, parseByteSize, type Settings } from '../config/settings.js';
import type { Io } from './run-command.js';

export function addStoreOption(cmd: Command): Command {
  return cmd.option('--db <path>', 'SQLite store file (default ./data/dossier.db, env DOSSIER_DB)');
}

export function addReadOptions(cmd: Command): Command {
  return cmd.option('--max-bytes <size>', 'refuse input files larger than this (default 20MB, env DOSSIER_MAX_BYTES)');
}

export function resolveSettings(io: Io, opts: { db?: string; maxBytes?: string }): Settings {
  const base = loadSettings(io.env);
  return {
    dbPath: opts.db ?? base.dbPath,
    maxBytes: opts.maxBytes !== undefined ? parseByteSize(opts.maxBytes) : base.maxBytes,
  };
}

/** Parses a positive integer option such as --limit. */
export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number, got "${value}"`);
    return n;
  };
}
