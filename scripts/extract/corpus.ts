// The article files of an input folder: every .md/.markdown/.txt below it, in a stable order,
// read lazily. Hidden files and folders and node_modules are passed over. A file over the size
// limit is refused from its size alone, before a byte of it is read.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ArticleError, MAX_FILE_BYTES, tooLarge } from './article.ts';
import type { ArticleFile } from './dataset.ts';

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

/** Paths relative to `root`, '/' separators, sorted by code unit so every machine agrees. */
export function listArticleFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The bytes of one file, or an ArticleError: too large, or unreadable (gone, no permission …). */
export function readArticleFile(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new ArticleError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_FILE_BYTES) throw new ArticleError(tooLarge(size));
    return readFileSync(fd);
  } catch (e) {
    if (e instanceof ArticleError) throw e;
    throw new ArticleError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  } finally {
    closeSync(fd);
  }
}

export function corpusFiles(root: string): ArticleFile[] {
  return listArticleFiles(root).map((file) => ({ file, read: () => readArticleFile(join(root, file)) }));
}
