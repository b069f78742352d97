import type { Language } from '@pa/contracts';

/** How a call to an LLM provider failed, as far as retrying and circuit breaking care. */
export type ProviderFailure =
  | 'rate_limited' // 429
  | 'server' // 5xx
  | 'network' // connection refused / reset / cut mid-response
  | 'timeout' // our per-call timeout
  | 'circuit_open' // the breaker refused the call without trying
  | 'rate_limit_wait' // the shared rate limiter had no token within its bounded wait
  | 'auth' // 401 / 403: configuration, not load
  | 'bad_request' // other 4xx: the request itself is wrong
  | 'catalog_unavailable' // the schema catalog could not be read, so no prompt could be built
  | 'cancelled' // the caller aborted the call (the question was cancelled)
  | 'unknown';

const TRANSIENT: ReadonlySet<ProviderFailure> = new Set(['rate_limited', 'server', 'network', 'timeout']);

/** A classified failure of one provider call (the SDK's own error is the cause). */
export class LlmProviderError extends Error {
  readonly status: number | undefined;
  /** Delay the provider asked for (Retry-After / RetryInfo), already parsed and in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly provider: string,
    readonly failure: ProviderFailure,
    message: string,
    options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'LlmProviderError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Worth another attempt soon: rate limits, server errors, network errors and timeouts. */
  get transient(): boolean {
    return TRANSIENT.has(this.failure);
  }
}

/** The shared rate or concurrency limiter had no room within its bounded wait. */
export class RateLimitWaitError extends Error {
  constructor(
    readonly key: string,
    readonly waitedMs: number,
  ) {
    super(`no LLM capacity on ${key} within ${waitedMs} ms`);
    this.name = 'RateLimitWaitError';
  }
}

/** Base of the errors a planner throws; `retryable` tells the worker whether the job may be tried again. */
export abstract class PlannerError extends Error {
  abstract readonly code: 'planner_unavailable' | 'planner_invalid_output';
  abstract readonly retryable: boolean;
  /** The message for the person who asked, in their language. */
  abstract messageFor(language: Language): string;
}

type Localized = Readonly<Record<Language, string>>;

const UNAVAILABLE: Localized = {
  en: 'The query planner is temporarily unavailable; please retry in a minute.',
  ru: 'Планировщик запросов временно недоступен; повторите попытку через минуту.',
  kk: 'Сұраныс жоспарлаушысы уақытша қолжетімсіз; бір минуттан кейін қайталап көріңіз.',
};

const MISCONFIGURED: Localized = {
  en: 'The language model rejected the request (configuration problem); the administrator has been notified.',
  ru: 'Языковая модель отклонила запрос (ошибка конфигурации); администратор уведомлён.',
  kk: 'Тілдік модель сұранысты қабылдамады (баптау қатесі); әкімшіге хабарланды.',
};

/** Said after UNAVAILABLE when the builtin planner could answer a rephrased question right now. */
const MEANWHILE: Localized = {
  en: 'Meanwhile the builtin planner can answer without it:',
  ru: 'Пока её нет, встроенный планировщик может ответить сам:',
  kk: 'Оған дейін кірістірілген жоспарлаушы өзі жауап бере алады:',
};

const UNITS: Readonly<Record<Language, readonly [string, string, string]>> = {
  en: ['seconds', 'minutes', 'hours'],
  ru: ['с', 'мин', 'ч'],
  kk: ['секунд', 'минут', 'сағат'],
};

/** A wait as a person would say it: "45 seconds", "20 minutes", "2 hours". */
function describeWait(ms: number, language: Language): string {
  const [s, m, h] = UNITS[language];
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 120) return `${seconds} ${s}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} ${m}`;
  return `${Math.ceil(minutes / 60)} ${h}`;
}

/**
 * The LLM could not be used for this question: the provider kept failing
 * (after retries), its circuit is open, or the shared rate limit had no room.
 * `retryable` is true except when the provider refused our configuration
 * (401/403/400), which a later retry will not fix, and when it asked us to
 * wait longer than a job retry would (`retryAfterMs`): then the question
 * fails at once and its message says when to ask again.
 */
export class PlannerUnavailableError extends PlannerError {
  readonly code = 'planner_unavailable' as const;
  readonly retryable: boolean;
  readonly provider: string;
  readonly failure: ProviderFailure;
  /** The provider's requested wait, when longer than the planner honours; then `retryAt` is when it ends. */
  readonly retryAfterMs: number | undefined;
  readonly retryAt: Date | undefined;
  /**
   * What the builtin planner would need to answer this question without the
   * LLM (its ask-back message, in the asker's language), set by the planner
   * chain when the LLM is down: the fallback's part when it cannot answer as asked.
   */
  fallbackHint: string | undefined;

  constructor(
    provider: string,
    failure: ProviderFailure,
    message: string,
    options: { cause?: unknown; retryAfterMs?: number; now?: number; fallbackHint?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'PlannerUnavailableError';
    this.provider = provider;
    this.failure = failure;
    this.retryAfterMs = options.retryAfterMs;
    this.fallbackHint = options.fallbackHint;
    this.retryAt =
      options.retryAfterMs === undefined
        ? undefined
        : new Date((options.now ?? Date.now()) + options.retryAfterMs);
    this.retryable = !this.isConfigurationError && this.retryAfterMs === undefined && failure !== 'cancelled';
  }

  /** The provider refused our key, model or request: an operator must fix it; retrying will not. */
  get isConfigurationError(): boolean {
    return this.failure === 'auth' || this.failure === 'bad_request';
  }

  messageFor(language: Language): string {
    const hint = this.fallbackHint ? ` ${MEANWHILE[language]} ${this.fallbackHint}` : '';
    if (this.isConfigurationError) return MISCONFIGURED[language] + hint;
    if (this.retryAfterMs !== undefined && this.retryAt) {
      const wait = describeWait(this.retryAfterMs, language);
      const at = `${this.retryAt.toISOString().slice(11, 16)} UTC`;
      const busy: Localized = {
        en: `The language model provider is busy and asked us to wait ${wait}; please retry after ${at}.`,
        ru: `Провайдер языковой модели перегружен и попросил подождать ${wait}; повторите попытку после ${at}.`,
        kk: `Тілдік модель провайдері бос емес және ${wait} күтуді сұрады; ${at} кейін қайталап көріңіз.`,
      };
      return busy[language] + hint;
    }
    return UNAVAILABLE[language] + hint;
  }
}

const INVALID_OUTPUT: Localized = {
  en: 'The query planner could not produce a usable query for this question; try rephrasing it.',
  ru: 'Планировщик не смог составить запрос по этому вопросу; попробуйте переформулировать.',
  kk: 'Жоспарлаушы бұл сұрақ бойынша жарамды сұраныс құра алмады; сұрақты басқаша тұжырымдап көріңіз.',
};

/** The model answered, twice, with something that is not a valid plan (prose, broken JSON, wrong shape). */
export class PlannerOutputError extends PlannerError {
  readonly code = 'planner_invalid_output' as const;
  readonly retryable = false;

  constructor(
    readonly provider: string,
    message: string,
    /** The raw model output of the last attempt, for the log (never shown to users, never executed). */
    readonly output: string,
  ) {
    super(message);
    this.name = 'PlannerOutputError';
  }

  messageFor(language: Language): string {
    return INVALID_OUTPUT[language];
  }
}
