/**
 * The stand-in Gemini server the tests use (test/support/fake-llm): the worker's real
 * @google/genai SDK talks HTTP to it on a local port; every answer comes after `latencyMs`.
 */
import { type FakeLlmServer, startFakeGemini } from '../../test/support/fake-llm/index.js';

export type { FakeLlmServer };

/** A question the builtin planner does not understand, so it goes to the model. */
export const MODEL_QUESTION = 'Where do cardholders shop the most lately, city-wise?';
export const MODEL_SQL =
  'SELECT merchant_city, count(*) AS transactions FROM transactions WHERE transaction_timestamp >= current_date - 6 GROUP BY merchant_city ORDER BY transactions DESC';

/** A fake Gemini answering every request with `plan(n)` (n: the request's number) after `latencyMs`. */
export async function startSlowGemini(
  latencyMs: number,
  sqlFor: (n: number) => string = () => MODEL_SQL,
): Promise<FakeLlmServer> {
  const gemini = await startFakeGemini();
  let n = 0;
  gemini.fallback = () => ({
    type: 'delay',
    ms: latencyMs,
    reply: {
      type: 'plan',
      plan: { kind: 'sql', sql: sqlFor(n++), explanation: 'Busiest cities this week.' },
    },
  });
  return gemini;
}

/** Worker settings that point the LLM planner at the fake and keep the provider-wide limits out of the way. */
export function geminiEnv(gemini: FakeLlmServer, inFlight: number): Record<string, string> {
  return {
    LLM_PROVIDER: 'gemini',
    GEMINI_API_KEY: 'bench-key',
    GEMINI_MODEL: 'gemini-bench',
    GEMINI_BASE_URL: gemini.url,
    LLM_MAX_ATTEMPTS: '1',
    LLM_MAX_CONCURRENCY: String(inFlight),
    LLM_RATE_PER_SECOND: String(inFlight * 10),
    LLM_BURST: String(inFlight * 10),
  };
}
