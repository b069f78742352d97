/**
 * Debian's Chromium for browser tests, driven by playwright-core (which never downloads a browser
 * here: its own installer is not used). Installed with apt-get when missing, as `.ci/run` installs
 * Redis and PostgreSQL, so a fresh machine runs the browser tests with no extra step.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/** The flags every launch uses: no sandbox (root in CI), no GPU, no first-run dialogs. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] as const;

const which = (name: string): string | null => {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() || null : null;
};

/** The Chromium binary: CHROMIUM_PATH, else `chromium` on PATH, installed with apt-get when absent. */
export function ensureChromium(log: (line: string) => void = (l) => console.error(l)): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  const present = which('chromium') ?? which('chromium-browser');
  if (present) return present;
  if (process.getuid?.() !== 0 || !which('apt-get')) {
    throw new Error(
      'browser tests need Chromium: install it (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROMIUM_PATH',
    );
  }
  log('browser tests: installing chromium with apt-get (once per machine)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', env });
  const installed = which('chromium');
  if (!installed) throw new Error('apt-get installed chromium, but `chromium` is not on PATH');
  return installed;
}

export interface LaunchedChromium {
  browser: Browser;
  close(): Promise<void>;
}

/** Chromium, headless; playwright gives every launch a new temporary profile (user-data-dir), deleted on close. */
export async function launchChromium(): Promise<LaunchedChromium> {
  const executablePath = ensureChromium();
  const scratch = mkdtempSync(join(tmpdir(), 'pa-chromium-'));
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    downloadsPath: join(scratch, 'downloads'),
    timeout: 60_000,
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
