import { describe, expect, it } from 'vitest';
import { isPublicPath } from '../auth/authenticate.js';
import { buildOpenApiDocument } from './document.js';

describe('OpenAPI document', () => {
  const doc = buildOpenApiDocument() as {
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, { properties?: Record<string, { maxLength?: number }> }> };
  };

  it('lists every route', () => {
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/admin/bans',
      '/api/admin/bans/lift',
      '/api/admin/violations',
      '/api/chat',
      '/api/context/clear',
      '/api/dev/token',
      '/api/health',
      '/api/queries',
      '/api/queries/{id}',
      '/api/queries/{id}/cancel',
      '/api/queries/{id}/events',
      '/api/queries/{id}/feedback',
      '/api/queries/{id}/result.csv',
      '/api/query',
      '/api/ready',
      '/api/sessions/{id}',
      '/api/usage',
    ]);
  });

  it('derives request limits from the contracts', () => {
    expect(doc.components.schemas.QuestionRequest?.properties?.question?.maxLength).toBe(2000);
    expect(JSON.stringify(doc.components.schemas.JobSnapshot)).toContain('cancelled');
  });

  it('resolves every $ref', () => {
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
    for (const ref of refs) expect(doc.components.schemas[ref.split('/').at(-1)!], ref).toBeDefined();
  });

  it('says which operations need a bearer token and how they fail without one', () => {
    const full = buildOpenApiDocument() as {
      security: unknown;
      components: { securitySchemes: Record<string, { scheme?: string }> };
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
    };
    expect(full.security).toEqual([{ bearerAuth: [] }]);
    expect(full.components.securitySchemes.bearerAuth?.scheme).toBe('bearer');
    for (const [path, ops] of Object.entries(full.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const isPublic = op.security?.length === 0;
        expect(isPublic, `${method} ${path}`).toBe(
          path === '/api/health' || path === '/api/ready' || path === '/api/dev/token',
        );
        // What the document calls public is what authentication lets through.
        expect(isPublicPath(path), `${method} ${path}`).toBe(isPublic);
        expect(op.responses['401'] !== undefined, `${method} ${path}`).toBe(!isPublic);
      }
    }
  });

  it('documents the event stream as text/event-stream and the CSV download as text/csv', () => {
    const events = doc.paths['/api/queries/{id}/events']?.get as {
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    expect(Object.keys(events.responses['200']?.content ?? {})).toEqual(['text/event-stream']);
    const csv = doc.paths['/api/queries/{id}/result.csv']?.get as typeof events;
    expect(Object.keys(csv.responses['200']?.content ?? {})).toEqual(['text/csv']);
  });
});
