// The unit every reader yields — one draft or one typed error, labelled with the input it came from —
// and the small helpers readers share to build drafts and messages, so every message names its input.

import { InputError, type InputErrorCode, type StageError } from '../core/errors.js';
import type { ArticleDraft, InputFormat } from '../core/types.js';

/**
 * One result of a read: `input` is "path", "path#3" for record 3 of a multi-record file, or "-" for stdin.
 * The error is bad input (InputError), or a defect of a reader on this input (StageError at `read`).
 */
export type ReadItem =
  | { input: string; draft: ArticleDraft; /** How the bytes were decoded (see decode-text.ts). */ encoding?: string }
  | { input: string; error: InputError | StageError };

/** What a reader knows about where its text came from. */
export interface InputSource {
  /** Display name for messages and `ReadItem.input`: the path as given, "-" for stdin. */
  label: string;
  /** `draft.file`: the path as given, or null (stdin, API upload). */
  file: string | null;
  /** The file name used for extension tie-breaks and file-name dates, or null. */
  name: string | null;
}

/** `"path"#n` labels a record of a multi-record input; records are counted from 1. */
export function recordInput(src: InputSource, n: number): string {
  return `${src.label}#${n}`;
}

/**
 * `ingest: "x.json" record 3 has no text field (…)` — every message names the file, and the record when
 * there is one; `predicate` continues the sentence ("is empty", "has no text field").
 */
export function inputError(
  code: InputErrorCode,
  src: InputSource,
  predicate: string,
  options: { record?: string; hint?: string } = {},
): InputError {
  const where = options.record ? `${JSON.stringify(src.label)} ${options.record}` : JSON.stringify(src.label);
  return new InputError(code, `ingest: ${where} ${predicate}`, options.hint);
}

/** A draft with every optional field empty; readers fill in what their format declares. */
export function newDraft(format: InputFormat, src: InputSource, body: string, group: string | null): ArticleDraft {
  return {
    file: src.file,
    url: null,
    sourceId: null,
    format,
    body,
    headings: [],
    title: null,
    outlet: null,
    published: null,
    language: null,
    author: null,
    group,
    removed: [],
  };
}

/** Boilerplate group of a one-article file: its folder, since a folder usually holds one site's pages. */
export function folderGroup(src: InputSource): string | null {
  if (src.file === null) return null;
  const slash = src.file.replace(/\\/g, '/').lastIndexOf('/');
  return slash < 0 ? '.' : src.file.slice(0, slash) || '/';
}
