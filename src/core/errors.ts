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

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A one-line message for any thrown value, for CLI output and batch outcomes. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
