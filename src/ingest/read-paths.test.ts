// Reading from disk and stdin: every bad-input case the issue lists gets its own test, with fixtures
// written by the test into a temp folder so nothing depends on files outside the repo.

import { mkdtemp, mkdir, rm, symlink, truncate, writeFile, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOf, errorOf } from '../../test/support/read-items.js';
import { DEFAULT_MAX_BYTES, expandPaths, readPaths, type ReadItem } from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const p = path.join(dir, name);
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, content);
  return p;
}

async function readAll(paths: string[], options: Partial<Parameters<typeof readPaths>[1]> = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readPaths(paths, { maxBytes: DEFAULT_MAX_BYTES, ...options })) items.push(item);
  return items;
}

const ARTICLE = 'Keir Starmer met Xi Jinping in Beijing on Thursday.\n\nThe two leaders discussed trade.';

describe('readPaths: bad inputs become typed errors naming the file', () => {
  it('refuses a 50 MB file by its size, with the limit and how to raise it', async () => {
    const p = path.join(dir, 'huge.txt');
    await writeFile(p, '');
    await truncate(p, 50 * 1024 * 1024); // sparse: costs no disk
    const [item] = await readAll([p]);
    const error = errorOf(item);
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(`ingest: "${p}" is 50.0 MB, above the 20.0 MB limit`);
    expect(error.hint).toContain('--max-bytes');
  });

  it('refuses a 5 GB file without reading it (reading would need a 5 GB buffer and throw)', async () => {
    const p = path.join(dir, 'five-gb.txt');
    await writeFile(p, '');
    await truncate(p, 5 * 1024 ** 3);
    const started = Date.now();
    const [item] = await readAll([p]);
    expect(errorOf(item).code).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(2000);
    await rm(p);
  });

  it('refuses a file just above a custom --max-bytes and reads one at the limit', async () => {
    const at = await write('limit/at.txt', 'x'.repeat(100));
    const over = await write('limit/over.txt', 'x'.repeat(101));
    const items = await readAll([at, over], { maxBytes: 100 });
    expect('draft' in items[0]!).toBe(true);
    expect(errorOf(items[1]).code).toBe('too-large');
  });

  it('reports a path that does not exist as not-found', async () => {
    const p = path.join(dir, 'missing.txt');
    const error = errorOf((await readAll([p]))[0]);
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(`ingest: "${p}" does not exist`);
  });

  it('reports a dangling symbolic link as unreadable', async () => {
    const p = path.join(dir, 'dangling.txt');
    await symlink(path.join(dir, 'nowhere.txt'), p);
    const error = errorOf((await readAll([p]))[0]);
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain(`"${p}" is a symbolic link to a path that does not exist`);
  });

  it('reports a path under a file ("a.txt/b.txt") as not-found', async () => {
    const file = await write('plain.txt', ARTICLE);
    const error = errorOf((await readAll([path.join(file, 'b.txt')]))[0]);
    expect(error.code).toBe('not-found');
  });

  it('reports a socket inside a folder as unreadable instead of blocking on it, and reads the rest', async () => {
    const folder = path.join(dir, 'with-socket');
    await write('with-socket/a.txt', ARTICLE);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(folder, 'b.sock'), resolve));
    try {
      const items = await readAll([folder]);
      expect(items.map((i) => [path.basename(i.input), 'error' in i ? i.error.code : 'ok'])).toEqual([['a.txt', 'ok'], ['b.sock', 'unreadable']]);
      expect(errorOf(items[1]).message).toContain('is not a regular file or folder');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  const isRoot = process.getuid?.() === 0;
  if (isRoot) console.log('read-paths.test: running as root, where chmod 000 does not block reading; skipping the permission case');
  it.skipIf(isRoot)('reports a file without read permission as unreadable', async () => {
    const p = await write('secret.txt', ARTICLE);
    await chmod(p, 0o000);
    const error = errorOf((await readAll([p]))[0]);
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain('permission denied');
    await chmod(p, 0o644);
  });

  it('reports an empty file and a whitespace-only file as empty', async () => {
    const a = await write('empty/zero.txt', '');
    const b = await write('empty/blank.txt', ' \n\t\r\n  ');
    const [ea, eb] = (await readAll([a, b])).map(errorOf);
    expect(ea!.code).toBe('empty');
    expect(ea!.message).toBe(`ingest: "${a}" is empty (0 bytes)`);
    expect(eb!.code).toBe('empty');
    expect(eb!.message).toContain('only whitespace');
  });

  it('detects a symlink loop in a folder (dir/link → dir), names the link and reads the rest', async () => {
    const loop = path.join(dir, 'loop');
    await write('loop/a.txt', ARTICLE);
    await symlink(loop, path.join(loop, 'link'));
    const items = await readAll([loop]);
    expect(items.map((i) => i.input)).toEqual([path.join(loop, 'a.txt'), path.join(loop, 'link')]);
    const error = errorOf(items[1]);
    expect(error.code).toBe('symlink-loop');
    expect(error.message).toContain(`"${path.join(loop, 'link')}" is a symbolic link to one of its own parent folders`);
  });

  it('detects a loop through two links (a/to-b → b, b/to-a → a)', async () => {
    const root = path.join(dir, 'loop2');
    await write('loop2/a/x.txt', ARTICLE);
    await write('loop2/b/y.txt', ARTICLE + ' Again.');
    await symlink(path.join(root, 'b'), path.join(root, 'a', 'to-b'));
    await symlink(path.join(root, 'a'), path.join(root, 'b', 'to-a'));
    const items = await readAll([path.join(root, 'a')]);
    // Sorted walk: a/to-b (→ b: b/to-a is the loop, then b/y.txt), then a/x.txt.
    expect(items.map((i) => [path.relative(root, i.input), 'error' in i ? i.error.code : 'ok'])).toEqual([
      ['a/to-b/to-a', 'symlink-loop'],
      ['a/to-b/y.txt', 'ok'],
      ['a/x.txt', 'ok'],
    ]);
  });

  it('reads one bad file in a batch as an error and the others as drafts', async () => {
    const batch = path.join(dir, 'batch');
    await write('batch/1-good.txt', ARTICLE);
    await write('batch/2-image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await write('batch/3-broken.json', '{"text": "unterminated');
    await write('batch/4-good.md', '# A title\n\n' + ARTICLE);
    const items = await readAll([batch, path.join(dir, 'no-such-file.txt')]);
    expect(items.map((i) => [path.basename(i.input), 'error' in i ? i.error.code : i.draft.format])).toEqual([
      ['1-good.txt', 'text'],
      ['2-image.png', 'binary'],
      ['3-broken.json', 'bad-json'],
      ['4-good.md', 'text'],
      ['no-such-file.txt', 'not-found'],
    ]);
  });

  it('reads a FIFO named on the command line as a stream, still under the size limit', async () => {
    // mkfifo is not in node:fs; a character device stands in: /dev/zero never ends, so only the limit stops it.
    const items = await readAll(['/dev/zero'], { maxBytes: 1024 });
    expect(errorOf(items[0]).code).toBe('too-large');
  });
});

describe('expandPaths', () => {
  it('walks folders recursively in code-point order and skips hidden files and folders', async () => {
    const root = path.join(dir, 'walk');
    for (const name of ['b.txt', 'a/z.txt', 'a/B.txt', '.git/HEAD', '.DS_Store', 'c/.hidden.txt', 'c/d/e.json']) {
      await write(`walk/${name}`, ARTICLE);
    }
    const listed: string[] = [];
    for await (const e of expandPaths([root])) listed.push('path' in e ? path.relative(root, e.path) : `error:${e.input}`);
    expect(listed).toEqual(['a/B.txt', 'a/z.txt', 'b.txt', 'c/d/e.json']);
  });

  it('reads a hidden file when the user names it explicitly', async () => {
    const p = await write('.notes.txt', ARTICLE);
    const items = await readAll([p]);
    expect(draftOf(items[0]).body).toBe(ARTICLE);
  });

  it('passes "-" through as stdin and reports missing paths in order', async () => {
    const out: unknown[] = [];
    for await (const e of expandPaths(['-', path.join(dir, 'gone')])) out.push('path' in e ? e.path : e.error.code);
    expect(out).toEqual(['-', 'not-found']);
  });
});

describe('readPaths: positive cases', () => {
  it('reads stdin from a Readable stream as "-" with file null', async () => {
    const stdin = Readable.from([Buffer.from('Starmer met Xi '), Buffer.from('in Beijing.')]);
    const [item] = await readAll(['-'], { stdin });
    expect(item!.input).toBe('-');
    const draft = draftOf(item);
    expect(draft.body).toBe('Starmer met Xi in Beijing.');
    expect(draft.file).toBeNull();
  });

  it('labels JSONL records from stdin "-#1", "-#2"', async () => {
    const stdin = Readable.from(['{"text":"one"}\n{"text":"two"}\n']);
    const items = await readAll(['-'], { stdin });
    expect(items.map((i) => i.input)).toEqual(['-#1', '-#2']);
  });

  it('reports "-" with a terminal on stdin as a usage error instead of waiting for input', async () => {
    const had = Object.getOwnPropertyDescriptor(process.stdin, 'isTTY');
    Object.defineProperty(process.stdin, 'isTTY', { value: true, configurable: true });
    try {
      const e = errorOf((await readAll(['-']))[0]);
      expect([e.code, e.message]).toEqual(['usage', 'ingest: "-" means standard input, but nothing is piped in']);
    } finally {
      if (had) Object.defineProperty(process.stdin, 'isTTY', had);
      else delete (process.stdin as { isTTY?: boolean }).isTTY;
    }
  });

  it('refuses stdin above the size limit', async () => {
    const stdin = Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]);
    expect(errorOf((await readAll(['-'], { stdin, maxBytes: 1000 }))[0]).code).toBe('too-large');
  });

  it('gives drafts of one multi-record file the same file and the file as their group', async () => {
    const p = await write('group/feed.jsonl', '{"text":"one"}\n{"text":"two"}\n');
    const drafts = (await readAll([p])).map(draftOf);
    expect(drafts.map((d) => [d.file, d.group])).toEqual([[p, p], [p, p]]);
  });

  it('groups plain files by their parent folder', async () => {
    const p = await write('site-a/story.txt', ARTICLE);
    expect(draftOf((await readAll([p]))[0]).group).toBe(path.join(dir, 'site-a'));
  });

  it('sniffs formats by content whatever the file is named', async () => {
    const files: [string, string, string][] = [
      ['html-named.txt', '<!DOCTYPE html><html><body><article><h1>T</h1><p>' + 'Starmer met Xi in Beijing on Thursday to discuss trade. '.repeat(6) + '</p></article></body></html>', 'html'],
      ['json-named.data', JSON.stringify({ text: ARTICLE }), 'json'],
      ['feed-named.txt', '<rss version="2.0"><channel><title>N</title><item><title>T</title><description>' + ARTICLE + '</description></item></channel></rss>', 'rss'],
      ['atom-named.xml', '<feed xmlns="http://www.w3.org/2005/Atom"><title>N</title><entry><title>T</title><content type="text">' + ARTICLE + '</content></entry></feed>', 'atom'],
      ['lines-named.json', '{"text":"one"}\n{"text":"two"}', 'jsonl'],
      ['prose-named.json', ARTICLE, 'text'],
    ];
    for (const [name, content] of files) await write(`sniff/${name}`, content);
    const items = await readAll([path.join(dir, 'sniff')]);
    const formats = new Map(items.map((i) => [path.basename(i.input.replace(/#\d+$/, '')), 'draft' in i ? i.draft.format : i.error.message]));
    for (const [name, , format] of files) expect([name, formats.get(name)]).toEqual([name, format]);
  });
});

describe('DEFAULT_MAX_BYTES', () => {
  it('is 20 MiB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });
});

