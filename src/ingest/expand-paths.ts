// Turns the paths a user typed into the list of files to read: folders are walked recursively in sorted
// order, hidden entries skipped, and every unusable path becomes an error item instead of a crash.

import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors.js';

export type ExpandedPath = { path: string } | { input: string; error: InputError };

/**
 * Yields `{path}` for each file to read ("-" stands for stdin) and `{input, error}` for each path that
 * cannot be read. Directory entries are sorted by code point so a batch reads in the same order on
 * every machine and locale.
 */
export async function* expandPaths(paths: readonly string[]): AsyncGenerator<ExpandedPath> {
  for (const p of paths) {
    if (p === '-') {
      yield { path: '-' };
      continue;
    }
    yield* expandOne(p, [], true);
  }
}

async function* expandOne(p: string, ancestors: readonly string[], explicit: boolean): AsyncGenerator<ExpandedPath> {
  let link: Stats;
  let target: Stats;
  try {
    link = await lstat(p);
  } catch (err) {
    yield { input: p, error: fsError(p, err) };
    return;
  }
  try {
    target = link.isSymbolicLink() ? await stat(p) : link;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      yield { input: p, error: new InputError('unreadable', `ingest: "${p}" is a symbolic link to a path that does not exist`, 'fix or remove the link') };
    } else {
      yield { input: p, error: fsError(p, err) };
    }
    return;
  }
  if (target.isFile()) {
    yield { path: p };
    return;
  }
  if (!target.isDirectory()) {
    // A FIFO or device named on the command line (`<(curl …)`, /dev/stdin) is read as a stream;
    // met inside a folder it would block the walk, so it is reported instead.
    if (explicit && (target.isFIFO() || target.isCharacterDevice())) yield { path: p };
    else yield { input: p, error: new InputError('unreadable', `ingest: "${p}" is not a regular file or folder`, 'pass article files or folders of them') };
    return;
  }
  let real: string;
  try {
    real = await realpath(p);
  } catch (err) {
    yield { input: p, error: fsError(p, err) };
    return;
  }
  // dir/link → dir: the walk would descend forever. Comparing real paths of the folders above catches
  // loops through any number of links.
  const loopsTo = ancestors.indexOf(real);
  if (loopsTo >= 0) {
    yield {
      input: p,
      error: new InputError('symlink-loop', `ingest: "${p}" is a symbolic link to one of its own parent folders ("${real}"); skipped it`, 'remove the link, or pass the folder it points to directly'),
    };
    return;
  }
  let names: string[];
  try {
    names = await readdir(p);
  } catch (err) {
    yield { input: p, error: fsError(p, err) };
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    // .git, .DS_Store, editor swap files: never articles, and .git can hold thousands of files.
    if (name.startsWith('.')) continue;
    yield* expandOne(path.join(p, name), [...ancestors, real], false);
  }
}

/** A filesystem error as an InputError naming the path: missing → not-found, anything else → unreadable. */
export function fsError(p: string, err: unknown): InputError {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError('not-found', `ingest: "${p}" does not exist`, 'check the path');
    case 'EACCES':
    case 'EPERM':
      return new InputError('unreadable', `ingest: "${p}" cannot be read: permission denied`, 'check its permissions');
    case 'ELOOP':
      return new InputError('symlink-loop', `ingest: "${p}" is a symbolic link that points back to itself`, 'fix or remove the link');
    case 'EISDIR':
      return new InputError('unreadable', `ingest: "${p}" is a folder where a file was expected`);
    default:
      if (e.code && e.message) return new InputError('unreadable', `ingest: "${p}" cannot be read: ${e.code} ${e.message.replace(/^\w+: /, '')}`);
      throw err;
  }
}
