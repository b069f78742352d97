import { type ModelPlan, modelPlanSchema } from '@pa/contracts';

/** Why a model refuses (the prompt lists them); the first four count against the asker. */
export const REFUSAL_REASONS = ['destructive', 'personal', 'injection', 'other_banks', 'off_topic'] as const;

/**
 * The plan as JSON Schema, for providers' structured output (Gemini
 * `responseJsonSchema`). Optional fields may be left out.
 */
export const planJsonSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['sql', 'clarify', 'chat', 'refuse'] },
    sql: { type: 'string', description: 'One PostgreSQL SELECT statement when kind is "sql".' },
    explanation: {
      type: 'string',
      description: 'One sentence on what the SQL computes, in the question language.',
    },
    message: { type: 'string', description: 'Text for the analyst when kind is clarify, chat or refuse.' },
    reason: { type: 'string', enum: REFUSAL_REASONS, description: 'Why, when kind is refuse.' },
  },
  required: ['kind'],
  additionalProperties: false,
} as const;

/**
 * The same plan for OpenAI strict structured outputs, where every property
 * must be required and optional ones are nullable.
 */
export const planJsonSchemaStrict = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['sql', 'clarify', 'chat', 'refuse'] },
    sql: {
      type: ['string', 'null'],
      description: 'One PostgreSQL SELECT statement when kind is "sql", else null.',
    },
    explanation: {
      type: ['string', 'null'],
      description: 'One sentence on what the SQL computes, in the question language.',
    },
    message: {
      type: ['string', 'null'],
      description: 'Text for the analyst when kind is clarify, chat or refuse, else null.',
    },
    reason: {
      type: ['string', 'null'],
      enum: [...REFUSAL_REASONS, null],
      description: 'Why, when kind is refuse.',
    },
  },
  required: ['kind', 'sql', 'explanation', 'message', 'reason'],
  additionalProperties: false,
} as const;

/** Longest explanation kept from a model; longer ones are cut and end with an ellipsis. */
export const MAX_EXPLANATION_CHARS = 2_000;
/** Longest clarify / chat / refuse message kept from a model. */
export const MAX_MESSAGE_CHARS = 1_000;
/** Longest refusal reason kept (the known reasons are single words; anything longer is not one). */
export const MAX_REASON_CHARS = 32;
/**
 * Longest SQL accepted from a model: the same bound the SQL guard enforces.
 * A longer reply is a failed attempt (a planner error), not text to carry on.
 */
export const MAX_MODEL_SQL_CHARS = 20_000;

/** `text` cut to at most `max` characters (an ellipsis included), never splitting a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

export type ParsedModelOutput = { ok: true; plan: ModelPlan } | { ok: false; reason: string };

const FENCED = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/i;

/**
 * Reads a model's reply as a plan. Only a JSON object (optionally inside one
 * ```json fence) of the plan's shape counts; prose, broken JSON, a wrong shape
 * or an "sql" plan without SQL is a failed attempt, never something to run.
 */
export function parseModelOutput(text: string): ParsedModelOutput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'the reply was empty' };
  const body = FENCED.exec(trimmed)?.[1] ?? trimmed;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'the reply was not valid JSON' };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, reason: 'the reply was not a JSON object' };
  }
  // Strict structured outputs send null for the fields that do not apply.
  const cleaned = Object.fromEntries(Object.entries(json).filter(([, v]) => v !== null));
  const parsed = modelPlanSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `the reply did not match the plan format (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'})`,
    };
  }
  const plan = capFreeText(parsed.data);
  if (plan.kind === 'sql') {
    const sql = plan.sql?.trim().replace(/;\s*$/, '').trim();
    if (!sql) return { ok: false, reason: 'kind was "sql" but the reply had no SQL' };
    if (sql.length > MAX_MODEL_SQL_CHARS) {
      return { ok: false, reason: `the SQL was longer than ${MAX_MODEL_SQL_CHARS} characters` };
    }
    return { ok: true, plan: { ...plan, sql } };
  }
  // SQL that comes with a clarify / chat / refuse is not a plan to run: drop it.
  const { sql: _dropped, ...rest } = plan;
  return { ok: true, plan: rest };
}

/** The plan with the model's free text bounded: it is stored, cached and served as is. */
function capFreeText(plan: ModelPlan): ModelPlan {
  const out: ModelPlan = { ...plan };
  if (out.explanation !== undefined) out.explanation = capText(out.explanation, MAX_EXPLANATION_CHARS);
  if (out.message !== undefined) out.message = capText(out.message, MAX_MESSAGE_CHARS);
  if (typeof out.reason === 'string' && out.reason.length > MAX_REASON_CHARS) delete out.reason;
  return out;
}
