import { formatMoment, formatWait, type Lang, MESSAGES } from './i18n.js';

/** The API answered with its error envelope (`{error: {code, message, details?}}`). */
export interface HttpFailure {
  kind: 'http';
  status: number;
  code: string;
  message: string;
  details?: unknown;
  /** The Retry-After header, in seconds, when there was one. */
  retryAfterSeconds: number | null;
}

/** The request never got an answer (offline, server down, connection dropped for good). */
export interface NetworkFailure {
  kind: 'network';
}

/** The job ended `failed` (the `error` of its snapshot or `failed` event). */
export interface JobFailure {
  kind: 'job';
  code: string;
  /** Written by the pipeline for the asker, in the question's language. */
  message: string;
  retryable: boolean;
  warning?: { message: string } | undefined;
}

export type Failure = HttpFailure | NetworkFailure | JobFailure;

/** What the page says about a failure: a sentence in the reader's language, the API's own words, and whether to offer a retry. */
export interface FailureText {
  title: string;
  detail: string | null;
  retryable: boolean;
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/** The reason inside the API's "Unauthorized: the token has expired." */
const unauthorizedReason = (message: string) =>
  message.replace(/^Unauthorized:\s*/i, '').replace(/\.$/, '') || message;

/** Seconds to wait: the Retry-After header, else the limit's own `retry_after_seconds`. */
function waitSeconds(f: HttpFailure): number {
  const fromDetails = record(f.details).retry_after_seconds;
  return f.retryAfterSeconds ?? (typeof fromDetails === 'number' ? fromDetails : 60);
}

function describeHttp(f: HttpFailure, lang: Lang): FailureText {
  const t = MESSAGES[lang];
  const said = (title: string, retryable = false, detail: string | null = null) => ({
    title,
    detail,
    retryable,
  });
  switch (f.code) {
    case 'unauthorized':
      return said(t.errUnauthorized(unauthorizedReason(f.message)));
    case 'banned': {
      const until = record(f.details).banned_until;
      const at = typeof until === 'string' ? new Date(until) : null;
      return said(t.errBanned(at && !Number.isNaN(at.getTime()) ? formatMoment(lang, at) : '—'));
    }
    case 'forbidden':
      return said(t.errForbidden, false, f.message);
    case 'rate_limited': {
      const wait = formatWait(lang, waitSeconds(f));
      const limit = record(f.details).limit;
      if (limit === 'tenant_in_flight') return said(t.errInFlight(wait), true);
      if (limit === 'llm_daily_tokens') return said(t.errLlmBudget(wait), false);
      return said(t.errRateLimited(wait), true);
    }
    case 'not_found':
      return said(t.errNotFound);
    case 'validation_failed':
    case 'invalid_json':
    case 'bad_request':
      return said(t.errInvalid(f.message));
    case 'payload_too_large':
      return said(t.errTooLarge);
    case 'unavailable':
      return said(t.errUnavailable, true);
    default:
      return f.status >= 500 ? said(t.errInternal, true) : said(f.message);
  }
}

function describeJob(f: JobFailure, lang: Lang): FailureText {
  const t = MESSAGES[lang];
  const title =
    {
      unanswerable: t.jobUnanswerable,
      refused: t.jobRefused,
      timeout: t.jobTimeout,
      too_costly: t.jobTooCostly,
      rejected_sql: t.jobSql,
      sql_error: t.jobSql,
      permission: t.jobSql,
      planner_unavailable: t.jobUnavailable,
      unavailable: t.jobUnavailable,
      cancelled: t.jobCancelled,
    }[f.code] ?? t.jobOther;
  // The pipeline's own words carry the useful part: the planner's ask-back, the warning's count.
  const detail = f.warning?.message ?? f.message;
  return { title, detail: detail && detail !== title ? detail : null, retryable: f.retryable };
}

/** A failure in plain words, in `lang`. */
export function describeFailure(f: Failure, lang: Lang): FailureText {
  if (f.kind === 'network') return { title: MESSAGES[lang].errNetwork, detail: null, retryable: true };
  return f.kind === 'http' ? describeHttp(f, lang) : describeJob(f, lang);
}
