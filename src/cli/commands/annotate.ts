// `dossier annotate <file|->`: prints one input's annotations (entities, times, quotes, claims) as
// JSON with offsets into the annotated text, or as TimeML; nothing is stored.
import { Option, type Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { annotateInput } from '../../services/annotate-input.js';
import { toContractAnnotations } from '../../services/build-dossier.js';
import { renderTimeml } from '../../services/render-timeml.js';
import { addReadOptions, resolveSettings } from '../options.js';
import { EXIT_FAILURE, EXIT_OK, runCommand, writeLine, type Io } from '../run-command.js';

interface AnnotateCliOptions {
  ref?: string;
  raw?: boolean;
  format: 'json' | 'timeml';
  maxBytes?: string;
}

function checkRef(ref: string | undefined): string | null {
  if (ref === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ref) || Number.isNaN(Date.parse(ref))) {
    throw new InputError('usage', `annotate: --ref "${ref}" is not a date`, 'write it as YYYY-MM-DD, e.g. --ref 2026-03-04');
  }
  return ref;
}

export function registerAnnotate(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('annotate')
    .description('print the annotations of one input (entities, times, quotes, claims); nothing is stored')
    .argument('<file>', 'a file, or - for standard input')
    .option('--ref <date>', 'reference date (YYYY-MM-DD) for relative times when the input has no publication date')
    .option('--raw', 'annotate the text exactly as given (no format reader, no cleaning): offsets point into the input')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'timeml']).default('json'));
  addReadOptions(cmd);
  cmd.action(async (file: string, opts: AnnotateCliOptions) => {
    setExit(
      await runCommand(io, async () => {
        const settings = resolveSettings(io, opts);
        const ref = checkRef(opts.ref);
        const { texts, errors } = await annotateInput(file, { maxBytes: settings.maxBytes, stdin: io.stdin, raw: opts.raw ?? false, ref });
        for (const e of errors) writeLine(io.stderr, `failed     ${e.message}${e.hint ? ` (${e.hint})` : ''}`);
        if (texts.length === 0) return EXIT_FAILURE;
        if (opts.format === 'timeml') {
          for (const t of texts) io.stdout.write(renderTimeml(t.input, t.text, t.annotations.times, t.annotations.referenceDate));
        } else {
          const out = texts.map((t) => ({
            input: t.input,
            published: t.published,
            text: t.text,
            sentences: t.sentences,
            annotations: toContractAnnotations(t.annotations),
            analysis: t.analysis,
          }));
          writeLine(io.stdout, JSON.stringify(out.length === 1 ? out[0] : out, null, 2));
        }
        return errors.length ? EXIT_FAILURE : EXIT_OK;
      }),
    );
  });
}
