// Typed errors: bad user input (InputError) and infrastructure failures (StoreError).
// Each carries a machine code and a message a user can act on; front doors map them in one place.

/** Codes for bad input; the API maps them to 4xx, the CLI prints them and goes on with the batch. */
export type InputErrorCode =
  | 'unreadable'     // cannot open / read the path
  | 'not-found'      // the path does not exist
  | 'empty'          // zero bytes, or only whitespace
  | 'binary'         // not a text/HTML/JSON/feed file
  | 'too-large'      // above the configured size limit
  | 'encoding'       // cannot be decoded as text
  | 'bad-json'       // JSON that does not parse
  | 'no-text'        // a record without any text field
  | 'bad-feed'       // XML that is not RSS/Atom, or a feed with no items
  | 'bad-html'       // HTML with no extractable text
  | 'symlink-loop'   // a directory walk met a link to one of its own ancestors
  | 'usage';         // a command used wrongly

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    /** What went wrong, naming the file: `ingest: "x.pdf" is a PDF document; …`. */
    message: string,
    /** What to do about it. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** What kind of infrastructure failure a StoreError is; `other` when none of these. */
export type StoreErrorCode =
  | 'full'       // the disk (or the store's size cap) is full: SQLITE_FULL
  | 'read-only'  // the file, its folder or the file system cannot be written
  | 'busy'       // another process kept the store locked longer than Dossier waits
  | 'damaged'    // SQLITE_CORRUPT / SQLITE_NOTADB: not a readable Dossier store
  | 'io'         // any other read or write error of the file system
  | 'lock-lost'  // this process's clustering lock was taken over before it wrote (see store-lock.ts)
  | 'other';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  /** What to do about it, when there is something to do. */
  readonly hint: string | undefined;
  constructor(message: string, options?: { cause?: unknown; code?: StoreErrorCode; hint?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = options?.code ?? 'other';
    this.hint = options?.hint;
  }
}

/** A one-line message for any thrown value, for CLI output and batch outcomes. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * A defect inside one stage of the pipeline for one article or one story (a bug or an input no rule
 * foresaw, never bad user input). The batch, dossier or request goes on without that article or story,
 * which is reported as failed at `stage`.
 */
export class StageError extends Error {
  override readonly name = 'StageError';
  /** Batch outcomes and API answers show a defect with this code, beside InputError's codes. */
  readonly code = 'internal' as const;
  readonly hint = 'a defect in Dossier, not in your input: please report it with the input that caused it';
  constructor(
    /** The stage that failed: `clean`, `sentences`, `annotate`, `inferred-dates`, `claim-alignment`, … */
    readonly stage: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Runs one stage; whatever it throws becomes a StageError naming it (a nested stage keeps its own name). */
export function inStage<T>(stage: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof StageError) throw err;
    throw new StageError(stage, describeError(err), { cause: err });
  }
}
