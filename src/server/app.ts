// The HTTP front door: a Fastify app serving the JSON API (described by an OpenAPI document at
// /api/openapi.json), the server-rendered web UI and its two static assets. Security lives here in one
// place: write routes need a bearer token when the server is bound beyond loopback, request bodies are
// size-limited, no route reads a path a client names, every response carries a Content-Security-Policy,
// and every error is `{error: {code, message, hint}}` with a fitting status code.
import { timingSafeEqual } from 'node:crypto';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { InputError, StoreError } from '../core/errors.js';
import { StoryService } from '../services/story-service.js';
import type { Store } from '../store/index.js';
import { registerApiRoutes } from './api-routes.js';
import { ApiError, errorBody } from './api-error.js';
import { registerPageRoutes } from './page-routes.js';

export interface ServerOptions {
  store: Store;
  /** The address the server binds to; writes need `token` unless it is a loopback address. */
  host: string;
  /** The bearer token write requests must carry when bound beyond loopback (DOSSIER_TOKEN), or null. */
  token: string | null;
  /** Largest request body (an upload), in bytes. */
  maxBytes: number;
}

/** What route handlers share. */
export interface ServerContext {
  store: Store;
  /** The stories: placing uploads, corrections, lists and story dossiers (one for the server's life). */
  stories: StoryService;
  maxBytes: number;
  /** True when write requests must carry the token (the UI shows a token field then). */
  writeNeedsToken: boolean;
  /** Throws unless the request may write; call first in every write route. */
  authorizeWrite(request: FastifyRequest): void;
  /** Runs writes one at a time: two uploads must not cluster into one index at once. */
  exclusive<T>(write: () => Promise<T>): Promise<T>;
}

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function createServer(options: ServerOptions): Promise<{ app: FastifyInstance; context: ServerContext }> {
  const app = Fastify({ logger: false, bodyLimit: options.maxBytes });
  const writeNeedsToken = !isLoopback(options.host);
  let writes: Promise<unknown> = Promise.resolve();
  const context: ServerContext = {
    store: options.store,
    stories: new StoryService(options.store),
    maxBytes: options.maxBytes,
    writeNeedsToken,
    exclusive(write) {
      const run = writes.then(write, write);
      writes = run.catch(() => undefined);
      return run;
    },
    authorizeWrite(request) {
      if (!writeNeedsToken) return;
      if (!options.token) {
        throw new ApiError(403, 'writes-disabled', 'this server is bound beyond loopback and has no token, so it accepts no writes', 'start it with DOSSIER_TOKEN=<secret> and send "Authorization: Bearer <secret>"');
      }
      const header = request.headers.authorization ?? '';
      const given = /^Bearer\s+(.+)$/i.exec(header)?.[1] ?? '';
      if (!sameSecret(given, options.token)) {
        throw new ApiError(401, 'unauthorized', 'this write needs the server’s token', 'send "Authorization: Bearer <DOSSIER_TOKEN>"');
      }
    },
  };

  // Another process may write to the store (`dossier ingest` while serving): caches follow its data version.
  app.addHook('onRequest', async () => {
    await context.stories.checkFresh();
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    return payload;
  });

  app.setErrorHandler((error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorResponse(error, options.maxBytes);
    void reply.status(status).type('application/json; charset=utf-8').send(body);
    if (status >= 500) request.log.error(error);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Dossier API', version: '1', description: 'Stories, cross-checked dossiers and articles; ingest and story corrections. Errors are {error:{code,message,hint}}.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'DOSSIER_TOKEN; needed for writes when the server is bound beyond loopback' } } },
    },
  });
  await app.register(async (api) => registerApiRoutes(api, context), { prefix: '/api' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerPageRoutes(app, context);

  app.setNotFoundHandler((request, reply) => {
    const body = errorBody('not-found', `no route ${request.method} ${request.url.split('?')[0]}`, 'see /api/openapi.json for the API, / for the web UI');
    void reply.status(404).type('application/json; charset=utf-8').send(body);
  });
  return { app, context };
}

/** Maps anything a handler throws to a status and the API's error body. */
export function toErrorResponse(error: unknown, maxBytes: number): { status: number; body: ReturnType<typeof errorBody> } {
  if (error instanceof ApiError) return { status: error.status, body: errorBody(error.code, error.message, error.hint) };
  if (error instanceof InputError) {
    const status = error.code === 'too-large' ? 413 : error.code === 'not-found' ? 404 : 400;
    return { status, body: errorBody(error.code, error.message, error.hint) };
  }
  if (error instanceof StoreError) {
    // A full disk is the server's lack of room (507); a store another process holds too long, a retry later (503).
    const status = error.code === 'full' ? 507 : error.code === 'busy' ? 503 : 500;
    return { status, body: errorBody('store', error.message, error.hint ?? 'check the server’s store file and its disk') };
  }
  const fe = error as FastifyError;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, body: errorBody('too-large', `the request body is larger than the server’s limit of ${maxBytes} bytes`, 'send a smaller file, or start the server with a larger DOSSIER_MAX_BYTES') };
  }
  if (fe.validation) return { status: 400, body: errorBody('bad-request', fe.message, 'see /api/openapi.json for the parameters') };
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, body: errorBody('bad-request', fe.message, 'see /api/openapi.json') };
  }
  return { status: 500, body: errorBody('internal', `internal error: ${fe.message ?? String(error)}`, 'this is a bug in Dossier; the server log has the details') };
}
