// The one place where the CLI turns errors into messages and exit codes: a user error prints one
// line (and a hint) to stderr and exits 1; anything unexpected exits 70 with its stack on DOSSIER_DEBUG.
import { InputError, StoreError, describeError } from '../core/errors.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INTERNAL = 70;

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/**
 * `dossier show … | head`: once the reader of stdout goes away, the rest of the output has nowhere to go.
 * Like any Unix tool the command then ends quietly (the work it was doing still finishes and exits 0)
 * instead of dying with an EPIPE stack trace; any other output failure (a full disk under `> file`) is
 * one stderr line and exit 1.
 */
export function endQuietlyWhenOutputCloses(io: Io, setFailed: () => void): void {
  let told = false;
  io.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
    setFailed();
    // The error can come after the command has returned its code (a file write is reported a tick later).
    if (io.stdout === process.stdout) process.exitCode = EXIT_FAILURE;
    if (told) return;
    told = true;
    writeLine(io.stderr, `dossier: cannot write the output: ${describeError(err)}`);
  });
}

export function writeLine(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : text + '\n');
}

/** Runs a command body; returns its exit code, or the code for the error it threw. */
export async function runCommand(io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof InputError || err instanceof StoreError) {
      const msg = err.message.startsWith('dossier') ? err.message : `dossier: ${err.message}`;
      writeLine(io.stderr, msg);
      if (err.hint) writeLine(io.stderr, `hint: ${err.hint}`);
      return EXIT_FAILURE;
    }
    writeLine(io.stderr, `dossier: internal error: ${describeError(err)}`);
    if (io.env.DOSSIER_DEBUG && err instanceof Error && err.stack) writeLine(io.stderr, err.stack);
    else writeLine(io.stderr, 'hint: set DOSSIER_DEBUG=1 to see the stack trace, and please report it');
    return EXIT_INTERNAL;
  }
}
