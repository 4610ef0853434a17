// Starts the HTTP server on a store file: what `dossier serve` and `npm start` run. Opens the store,
// listens on host:port (127.0.0.1 by default), and hands back the URL and a close function that stops
// the server and closes the store.
import { openStore } from '../store/index.js';
import { createServer } from './app.js';

export interface StartOptions {
  dbPath: string;
  host: string;
  port: number;
  maxBytes: number;
  token: string | null;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const store = openStore(options.dbPath);
  try {
    const { app, context } = await createServer({ store, host: options.host, token: options.token, maxBytes: options.maxBytes });
    await app.listen({ host: options.host, port: options.port });
    // Stories without a current stored dossier (a store from an older Dossier): built in the background.
    const warming = context.stories.warm().catch((err: unknown) => app.log.error(err));
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
      url: `http://${shownHost}:${port}/`,
      async close() {
        context.stories.close();
        await warming;
        await app.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
