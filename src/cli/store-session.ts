// Opens the store for one command, with a progress reporter on stderr, and always closes both,
// whether the command succeeds or throws; and tells the user when the command waits for another process.
import type { ClusterOptions } from '../services/stories.js';
import { openStore, type Store } from '../store/index.js';
import { createProgress, type ProgressReporter } from './progress.js';
import { writeLine, type Io } from './run-command.js';

/** For commands that change the stories: says once, on stderr, when they wait for another process changing them. */
export function waitNotice(io: Io): ClusterOptions {
  return { onWait: (holder) => writeLine(io.stderr, `stories: waiting for ${holder}, which is changing the stories of this store`) };
}

export async function withStore<T>(
  io: Io,
  dbPath: string,
  body: (store: Store, progress: ProgressReporter) => Promise<T>,
): Promise<T> {
  const store = openStore(dbPath);
  const progress = createProgress(io.stderr);
  try {
    return await body(store, progress);
  } finally {
    progress.stop();
    await store.close();
  }
}
