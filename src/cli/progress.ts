// A progress bar on stderr for batches of more than a few files; silent when stderr is not a terminal,
// so pipes, CI logs and tests see only the outcome lines.
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../services/ingest-batch.js';

const MIN_FILES_FOR_BAR = 4;

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

export function createProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }): ProgressReporter {
  if (!stderr.isTTY) return { update() {}, stop() {} };
  let bar: cliProgress.SingleBar | null = null;
  return {
    update({ read, total, input }) {
      if (total < MIN_FILES_FOR_BAR) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { stream: stderr, format: 'reading [{bar}] {value}/{total} files  {file}', hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { file: '' });
      }
      bar.setTotal(total);
      bar.update(read, { file: input.length > 50 ? '…' + input.slice(-49) : input });
    },
    stop() {
      bar?.stop();
    },
  };
}
