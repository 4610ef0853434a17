// The `dossier` command line: builds the commander program over the given streams and returns the
// exit code, so tests run the real CLI in-process. bin/dossier.js calls `main(process.argv)`.
import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerAnnotate } from './commands/annotate.js';
import { registerBrowse } from './commands/browse.js';
import { registerDemo } from './commands/demo.js';
import { registerExplain } from './commands/explain.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';
import { registerStories } from './commands/stories.js';
import { EXIT_FAILURE, EXIT_OK, endQuietlyWhenOutputCloses, type Io } from './run-command.js';

export const VERSION = '0.1.0';

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('dossier')
    .description('Turn news articles from many outlets into cross-checked story dossiers.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  registerIngest(program, io, setExit);
  registerBrowse(program, io, setExit);
  registerAnalyze(program, io, setExit);
  registerAnnotate(program, io, setExit);
  registerDemo(program, io, setExit);
  registerStories(program, io, setExit);
  registerExplain(program, io, setExit);
  registerServe(program, io, setExit);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI on `argv` (node-style: [node, script, ...args]); resolves to the exit code. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  let exit = EXIT_OK;
  let outputFailed = false;
  endQuietlyWhenOutputCloses(io, () => (outputFailed = true));
  const program = buildProgram(io, (code) => (exit = code));
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version "fail" with exit code 0 in commander; usage errors are already printed.
      return err.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
    }
    throw err;
  }
  return outputFailed && exit === EXIT_OK ? EXIT_FAILURE : exit;
}
