// Loads a dependency on first use rather than at start-up: chrono-node and linkedom take ~200 ms each
// to load, and most commands (--help, list, show, search) never call them. Synchronous, so the
// callers' APIs stay synchronous; it loads the package's CommonJS build.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter that requires `name` the first time it is called and returns the same module after. */
export function lazyModule<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
