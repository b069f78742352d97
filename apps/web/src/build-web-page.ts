import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface WebAsset {
  body: Uint8Array;
  contentType: string;
}

/** The page, bundled: its HTML and the files it loads from /assets/. */
export interface WebPage {
  /** The HTML; `devTokens`: the API hands out development tokens (AUTH_MODE=dev), so the page asks for one. */
  html(options: { devTokens: boolean }): string;
  /** Files by name (`app-<hash>.js`, `app-<hash>.css`, `favicon-<hash>.svg`): names change with contents. */
  assets: ReadonlyMap<string, WebAsset>;
}

/** The browser sources (apps/web/page), next to this folder. */
export const PAGE_SOURCES = fileURLToPath(new URL('../page/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Browsers a 2024 analyst may use; esbuild lowers newer syntax to them. */
const TARGETS = ['chrome109', 'edge109', 'firefox115', 'safari15.4'];

/**
 * Bundles page/main.ts (with Chart.js from node_modules) and page/styles.css with esbuild, in
 * memory, minified, and fills page/index.html with the hashed names. Nothing is written to disk
 * and nothing is fetched: every file the page loads is one of `assets`.
 */
export async function buildWebPage(): Promise<WebPage> {
  const result = await build({
    absWorkingDir: PAGE_SOURCES,
    entryPoints: { app: 'main.ts', styles: 'styles.css' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: TARGETS,
    write: false,
    outdir: '/assets',
    entryNames: '[name]-[hash]',
    // Chart.js and its colour library keep their MIT notices, at the end of the bundle.
    legalComments: 'eof',
    logLevel: 'silent',
  });
  const assets = new Map<string, WebAsset>();
  for (const file of result.outputFiles) {
    const type = CONTENT_TYPES[extname(file.path)];
    if (type) assets.set(basename(file.path), { body: file.contents, contentType: type });
  }
  const icon = await readFile(`${PAGE_SOURCES}favicon.svg`);
  const iconName = `favicon-${createHash('sha256').update(icon).digest('hex').slice(0, 8)}.svg`;
  assets.set(iconName, { body: icon, contentType: CONTENT_TYPES['.svg']! });

  const named = (prefix: string, ext: string) => {
    const name = [...assets.keys()].find((n) => n.startsWith(`${prefix}-`) && n.endsWith(ext));
    if (!name) throw new Error(`the web page bundle has no ${prefix}*${ext}`);
    return `/assets/${name}`;
  };
  const template = (await readFile(`${PAGE_SOURCES}index.html`, 'utf8'))
    .replace('{{script}}', named('app', '.js'))
    .replace('{{styles}}', named('styles', '.css'))
    .replace('{{icon}}', `/assets/${iconName}`);
  return {
    html: ({ devTokens }) => template.replace('{{auth_mode}}', devTokens ? 'dev' : 'jwt'),
    assets,
  };
}
