// Runs the real `dossier` CLI in-process with captured streams, for tests of the front door.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export async function runCli(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const out = capture();
  const err = capture();
  const code = await main(['node', 'dossier', ...args], {
    stdout: out.stream,
    stderr: err.stream,
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    env: options.env ?? {},
  });
  return { code, stdout: out.text(), stderr: err.text() };
}
