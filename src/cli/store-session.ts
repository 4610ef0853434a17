// Opens the store for one command, with a progress reporter on stderr, and always closes both,
// whether the command succeeds or throws.
import { openStore, type Store } from '../store/index.js';
import { createProgress, type ProgressReporter } from './progress.js';
import type { Io } from './run-command.js';

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
