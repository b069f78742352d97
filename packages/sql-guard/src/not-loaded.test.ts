import { describe, expect, it } from 'vitest';
import { GuardNotLoadedError, guardSql, loadGuard } from './index.js';

// Vitest gives each test file its own module instance, so the parser is not loaded here yet.
describe('loading the parser', () => {
  it('refuses to guard before loadGuard() was awaited', () => {
    expect(() => guardSql('SELECT 1')).toThrow(GuardNotLoadedError);
    expect(() => guardSql('SELECT 1')).toThrow('await loadGuard() once before calling guardSql()');
  });

  it('loads once, however often it is called', async () => {
    const first = loadGuard();
    const second = loadGuard();
    await Promise.all([first, second]);
    await loadGuard();
    expect(guardSql('SELECT 1').allowed).toBe(true);
  });
});
