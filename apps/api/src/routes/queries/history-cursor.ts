import type { HistoryCursor } from '@pa/db';
import { z } from 'zod';

const cursorSchema = z
  .object({
    t: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
    id: z.string().min(1).max(64),
  })
  .strict();

/** The opaque `cursor` of GET /api/queries: where the next page starts, as base64url JSON. */
export function encodeHistoryCursor(c: HistoryCursor): string {
  return Buffer.from(JSON.stringify({ t: c.createdAt, id: c.jobId })).toString('base64url');
}

/** The cursor a client sent back, or null when it is not one this API made. */
export function decodeHistoryCursor(text: string): HistoryCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { createdAt: parsed.data.t, jobId: parsed.data.id } : null;
  } catch {
    return null;
  }
}
