// `dossier serve`: the JSON API and the web UI over the store, on 127.0.0.1:8080 unless told otherwise.
// Bound beyond loopback, writes need DOSSIER_TOKEN. Runs until interrupted (Ctrl-C / SIGTERM).
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { isLoopback } from '../../server/app.js';
import { startServer } from '../../server/start.js';
import { addReadOptions, addStoreOption, positiveInt, resolveSettings } from '../options.js';
import { EXIT_OK, runCommand, writeLine, type Io } from '../run-command.js';

export interface ServeOptions {
  port: number;
  host: string;
}

export function addServeOptions(cmd: Command): Command {
  return cmd
    .option('--port <port>', 'port to listen on (0 picks a free one)', positiveInt('--port'), 8080)
    .option('--host <address>', 'address to bind; beyond 127.0.0.1 writes need DOSSIER_TOKEN', '127.0.0.1');
}

/** Serves until the process is told to stop; prints the URL first. */
export async function serveUntilStopped(io: Io, settings: { dbPath: string; maxBytes: number }, opts: ServeOptions): Promise<number> {
  const token = io.env.DOSSIER_TOKEN || null;
  if (opts.port > 65535) throw new InputError('usage', `serve: --port ${opts.port} is not a port (0–65535)`);
  const server = await startServer({ dbPath: settings.dbPath, host: opts.host, port: opts.port, maxBytes: settings.maxBytes, token });
  writeLine(io.stdout, `Dossier is serving ${settings.dbPath} at ${server.url}  (Ctrl-C stops it)`);
  if (!isLoopback(opts.host)) {
    writeLine(io.stderr, token ? 'serve: bound beyond loopback; writes need "Authorization: Bearer $DOSSIER_TOKEN"' : 'serve: bound beyond loopback without DOSSIER_TOKEN: the server refuses every write');
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return EXIT_OK;
}

export function registerServe(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program.command('serve').description('serve the JSON API (/api, OpenAPI at /api/openapi.json) and the web UI over the store');
  addStoreOption(cmd);
  addReadOptions(cmd);
  addServeOptions(cmd);
  cmd.action(async (opts: ServeOptions & { db?: string; maxBytes?: string }) => {
    setExit(await runCommand(io, async () => serveUntilStopped(io, resolveSettings(io, opts), opts)));
  });
}
