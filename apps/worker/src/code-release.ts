import { createHash } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the worker runs: the packages and its own sources (relative to the repository root). */
const SOURCE_ROOTS = ['packages', join('apps', 'worker')];
/** The files that decide an answer: code and the data shipped with it (word lists, examples). */
const SOURCE_FILE = /\.(ts|json|jsonl|txt)$/;
/** What the images leave out (Dockerfile.worker), so a checkout and its image agree on the release. */
const NOT_SHIPPED_DIR = new Set(['node_modules', 'test', 'testing', 'fixtures', '__tests__']);
const NOT_SHIPPED_FILE = /\.test\.ts$/;

function collect(dir: string, files: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!NOT_SHIPPED_DIR.has(entry.name)) collect(path, files);
    } else if (entry.isFile() && SOURCE_FILE.test(entry.name) && !NOT_SHIPPED_FILE.test(entry.name)) {
      files.push(path);
    }
  }
}

/**
 * The release of the code under `root`: a hash of every shipped source and data file of the
 * packages and the worker, by path and content. Two checkouts (or a checkout and its image) of
 * the same code have the same release; any change to the planners, the guard or their word
 * lists makes a new one. Part of the plan cache's keys and of the worker's answer profile, so a
 * release never serves plans its predecessor made (they were kept for up to 30 minutes).
 */
export function codeRelease(root: string): string {
  const files: string[] = [];
  for (const dir of SOURCE_ROOTS) collect(join(root, dir), files);
  const hash = createHash('sha256');
  for (const file of files.map((f) => relative(root, f).split(sep).join('/')).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

let running: string | undefined;

/** The release of the code this process runs (computed once: about 1 MB of sources). */
export function runningRelease(): string {
  running ??= codeRelease(fileURLToPath(new URL('../../../', import.meta.url)));
  return running;
}
