import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeRelease, runningRelease } from './code-release.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'release-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const base = {
  'packages/planner-builtin/src/plan.ts': 'export const a = 1;',
  'packages/planner-builtin/src/vocabulary/words.json': '["sum"]',
  'apps/worker/src/main.ts': 'run();',
};

describe('codeRelease', () => {
  it('is the same for the same shipped code, whatever else the checkout holds', () => {
    const plain = codeRelease(tree(base));
    expect(plain).toMatch(/^[0-9a-f]{16}$/);
    expect(
      codeRelease(
        tree({
          ...base,
          // Not shipped in the images: tests, test helpers, fixtures, docs, other apps.
          'packages/planner-builtin/src/plan.test.ts': 'test();',
          'packages/planner-builtin/src/testing/frame.ts': 'export {};',
          'packages/planner-builtin/test/fixtures/q.jsonl': '{}',
          'packages/planner-builtin/README.md': '# notes',
          'apps/api/src/app.ts': 'serve();',
        }),
      ),
    ).toBe(plain);
  });

  it('changes with any shipped source or data file: its content, its name, a new one', () => {
    const plain = codeRelease(tree(base));
    const changed = [
      { ...base, 'packages/planner-builtin/src/plan.ts': 'export const a = 2;' },
      { ...base, 'packages/planner-builtin/src/vocabulary/words.json': '["sum","total"]' },
      { ...base, 'apps/worker/src/main.ts': 'run(); ' },
      { ...base, 'packages/sql-guard/src/rules.ts': 'export {};' },
    ];
    const renamed: Record<string, string> = { ...base };
    renamed['packages/planner-builtin/src/plan2.ts'] = renamed['packages/planner-builtin/src/plan.ts']!;
    delete renamed['packages/planner-builtin/src/plan.ts'];
    const releases = [...changed, renamed].map((files) => codeRelease(tree(files)));
    expect(new Set([plain, ...releases]).size).toBe(releases.length + 1);
  });

  it("the running release is this repository's, computed once", () => {
    expect(runningRelease()).toBe(codeRelease(join(import.meta.dirname, '../../..')));
    expect(runningRelease()).toBe(runningRelease());
  });
});
