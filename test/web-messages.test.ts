/**
 * What the web page says when something goes wrong, in each of its three languages: the failures
 * a browser test cannot cheaply cause (a rate limit with its wait, a ban with its end, a timeout,
 * the bank's budget) are checked here from the API's own error shapes; the browser test shows a
 * refusal, an unanswerable question and a bad token on the page itself.
 */
import { describeFailure, formatWait, LANGS, MESSAGES, pickLang } from '@pa/web';
import { describe, expect, it } from 'vitest';

const http = (code: string, status: number, details?: unknown, retryAfterSeconds: number | null = null) =>
  ({ kind: 'http', status, code, message: `API says ${code}`, details, retryAfterSeconds }) as const;

describe('failures in plain words', () => {
  it('a rate limit says how long to wait, from Retry-After or the limit’s details', () => {
    expect(describeFailure(http('rate_limited', 429, { retry_after_seconds: 42 }, 42), 'en')).toEqual({
      title: 'Too many requests. You can try again in 42 seconds.',
      detail: null,
      retryable: true,
    });
    expect(describeFailure(http('rate_limited', 429, { retry_after_seconds: 42 }), 'ru').title).toBe(
      'Слишком много запросов. Повторите через 42 секунды.',
    );
    expect(describeFailure(http('rate_limited', 429, {}, 300), 'kk').title).toBe(
      'Сұраулар тым көп. 5 минуттан кейін қайталап көріңіз.',
    );
    const inFlight = describeFailure(
      http('rate_limited', 429, { limit: 'tenant_in_flight', retry_after_seconds: 5 }, 5),
      'en',
    );
    expect(inFlight.title).toBe(
      'Your bank already has as many questions running as it may. Try again in 5 seconds.',
    );
    const budget = describeFailure(http('rate_limited', 429, { limit: 'llm_daily_tokens' }, 7_200), 'en');
    expect(budget.title).toContain('renews at 00:00 UTC (in 2 hours)');
    expect(budget.retryable).toBe(false);
  });

  it('a ban says until when, in the reader’s language and time zone', () => {
    const until = '2030-01-01T01:00:00.000Z';
    const banned = (lang: 'en' | 'ru' | 'kk') =>
      describeFailure(http('banned', 403, { banned_until: until, reason: null }, 3_600), lang).title;
    const local = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(until),
    );
    expect(banned('en')).toBe(
      `You are blocked until ${local} after repeated attempts to misuse the assistant.`,
    );
    expect(banned('ru')).toMatch(/^Вы заблокированы до 1 янв\. 2030 г\./);
    expect(banned('kk')).toMatch(/2030.* дейін бұғатталдыңыз\.$/);
  });

  it('a failed job leads with what happened and keeps the pipeline’s words (the ask-back, the warning)', () => {
    const job = (code: string, message: string, retryable = false) =>
      ({ kind: 'job', code, message, retryable }) as const;
    expect(describeFailure(job('timeout', 'The query took longer than 5 s.', true), 'en')).toEqual({
      title: 'The question took too long and was stopped. Try a shorter time range.',
      detail: 'The query took longer than 5 s.',
      retryable: true,
    });
    const askBack = 'Which measure — the number of transactions or the amount?';
    expect(describeFailure(job('unanswerable', askBack), 'en')).toEqual({
      title: 'I cannot answer that as asked.',
      detail: askBack,
      retryable: false,
    });
    expect(
      describeFailure({ ...job('refused', 'refused'), warning: { message: 'Warning 1 of 3' } }, 'ru'),
    ).toMatchObject({ title: 'Этот вопрос отклонён.', detail: 'Warning 1 of 3' });
    expect(describeFailure(job('something_new', 'Words for the asker.'), 'kk')).toMatchObject({
      title: 'Сұраққа жауап берілмеді.',
      detail: 'Words for the asker.',
    });
  });

  it('a rejected token names the reason the API gave', () => {
    const f = { ...http('unauthorized', 401), message: 'Unauthorized: the token has expired.' };
    expect(describeFailure(f, 'en').title).toBe(
      'Your token was not accepted (the token has expired). Paste a valid token above.',
    );
    expect(describeFailure({ kind: 'network' }, 'ru').title).toMatch(/^Не удаётся связаться с сервером/);
  });
});

describe('the page’s words', () => {
  it('has every text in every language, and picks the browser’s language', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(keys);
      for (const key of keys)
        expect(MESSAGES[lang][key as keyof (typeof MESSAGES)['en']], `${lang}.${key}`).toBeTruthy();
    }
    expect(pickLang(['kk-KZ', 'ru'])).toBe('kk');
    expect(pickLang(['de-DE', 'ru-RU'])).toBe('ru');
    expect(pickLang(['fr'])).toBe('en');
    expect(MESSAGES.ru.rows(1)).toBe('1 строка');
    expect(MESSAGES.ru.rows(3)).toBe('3 строки');
    expect(MESSAGES.ru.rows(25)).toBe('25 строк');
    expect(formatWait('en', 0.2)).toBe('in 1 second');
  });
});
