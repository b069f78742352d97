import { describe, expect, it } from 'vitest';
import { budgetOf } from './rate-limits.js';

describe('which budget a request spends', () => {
  it('asking a question is a submission; everything else, cancel and feedback included, is a read', () => {
    expect(budgetOf('POST', '/api/queries')).toBe('submit');
    expect(budgetOf('post', '/api/queries')).toBe('submit');
    expect(budgetOf('GET', '/api/queries')).toBe('read');
    expect(budgetOf('GET', '/api/queries/0b9f5c1e-8d9a-4f6b-9c1e-2a3b4c5d6e7f/events')).toBe('read');
    expect(budgetOf('POST', '/api/queries/0b9f5c1e-8d9a-4f6b-9c1e-2a3b4c5d6e7f/cancel')).toBe('read');
    expect(budgetOf('POST', '/api/queries/0b9f5c1e-8d9a-4f6b-9c1e-2a3b4c5d6e7f/feedback')).toBe('read');
    expect(budgetOf('GET', '/api/usage')).toBe('read');
  });
});
