// The ingest use case shared by the CLI and (later) the API: read every input, gather corpus
// evidence over the whole batch, clean and store each article, and report an outcome per item.
// One bad file or record is recorded as `failed` and the batch goes on.
import { InputError, StageError, describeError } from '../core/errors.js';
import type { ArticleDraft, IngestOutcome, IngestReport } from '../core/types.js';
import { gatherBoilerplateEvidence } from '../clean/index.js';
import { articleIdFor, expandPaths, readBuffer, readPaths, type ReadItem } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { assembleArticle } from './assemble-article.js';

export interface IngestProgress {
  /** Inputs read so far and how many there are (files, before records are counted). */
  read: number;
  total: number;
  input: string;
}

export interface IngestOptions {
  maxBytes: number;
  stdin?: NodeJS.ReadableStream;
  onProgress?: (progress: IngestProgress) => void;
}

/** Counts the files a batch will read, for a progress bar; errors are counted as items too. */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let n = 0;
  for await (const _ of expandPaths(paths)) n++;
  return n;
}

/** Reads, cleans and stores everything under `paths`. */
export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions): Promise<IngestReport> {
  const total = options.onProgress ? await countInputs(paths) : 0;
  const items: ReadItem[] = [];
  let read = 0;
  let lastFile: string | null = null;
  for await (const item of readPaths(paths, { maxBytes: options.maxBytes, stdin: options.stdin })) {
    items.push(item);
    const file = item.input.replace(/#\d+$/, '');
    if (file !== lastFile) {
      lastFile = file;
      options.onProgress?.({ read: ++read, total: Math.max(total, read), input: file });
    }
  }
  return storeItems(store, items);
}

/** Ingests one in-memory input (an upload, pasted text); `name` labels it in outcomes. */
export async function ingestBuffer(
  store: Store,
  bytes: Uint8Array,
  name: string | null,
  contentType: string | null = null,
): Promise<IngestReport> {
  return storeItems(store, readBuffer(bytes, name, { contentType, file: null }));
}

async function storeItems(store: Store, items: readonly ReadItem[]): Promise<IngestReport> {
  const drafts = items.flatMap((i) => ('draft' in i ? [i.draft] : []));
  // Boilerplate evidence reads the whole batch: should it fail, each article is still cleaned by its own
  // lines' patterns, and the report says what was lost.
  const warnings: string[] = [];
  let evidence;
  try {
    evidence = gatherBoilerplateEvidence(drafts);
  } catch (err) {
    warnings.push(`ingest: lines repeated across the batch's articles were not looked for (a defect in clean: ${describeError(err)}); each article was cleaned on its own`);
  }
  const ingestedAt = new Date().toISOString();
  const outcomes: IngestOutcome[] = [];
  for (const item of items) {
    if ('error' in item) {
      outcomes.push(failure(item.input, item.error));
      continue;
    }
    outcomes.push(await storeDraft(store, item.input, item.draft, evidence, ingestedAt));
  }
  return { ...summarize(outcomes), ...(warnings.length ? { warnings } : {}) };
}

async function storeDraft(
  store: Store,
  input: string,
  draft: ArticleDraft,
  evidence: ReturnType<typeof gatherBoilerplateEvidence> | undefined,
  ingestedAt: string,
): Promise<IngestOutcome> {
  let article;
  try {
    article = assembleArticle(draft, evidence, ingestedAt);
  } catch (err) {
    // A defect in cleaning or annotating one article is that article's failure, not the batch's.
    const stage = err instanceof StageError ? err.stage : 'assemble';
    const id = articleIdFor(draft.body);
    return {
      status: 'failed', input, code: 'internal', stage, articleId: id,
      message: `ingest: "${input}" (article ${id}) failed at ${stage}: ${describeError(err)}`,
      hint: new StageError(stage, '').hint,
    };
  }
  if (article.sentences.length === 0) {
    return failure(input, new InputError('no-text', `ingest: "${input}" has no story text left after cleaning`,
      'check that the file holds an article; removed lines are listed by `dossier analyze`'));
  }
  const result = await store.putArticle(article, input);
  return result.status === 'inserted'
    ? { status: 'ingested', input, articleId: article.id, title: article.title }
    : { status: 'duplicate', input, articleId: article.id, duplicateOf: result.existing.file ?? result.existing.id };
}

function failure(input: string, err: unknown): IngestOutcome {
  if (err instanceof InputError) {
    return { status: 'failed', input, code: err.code, message: err.message, ...(err.hint ? { hint: err.hint } : {}) };
  }
  if (err instanceof StageError) return { status: 'failed', input, code: err.code, stage: err.stage, message: err.message, hint: err.hint };
  return { status: 'failed', input, code: 'internal', message: `ingest: "${input}": ${describeError(err)}` };
}

function summarize(outcomes: IngestOutcome[]): IngestReport {
  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return { outcomes, ingested: count('ingested'), duplicates: count('duplicate'), failed: count('failed') };
}
