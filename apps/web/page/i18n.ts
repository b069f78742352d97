/**
 * Every word the page shows, in English, Russian and Kazakh. Pure data and formatting (no DOM), so
 * the wording is tested from Node too. Texts the API writes for the asker (a planner's ask-back, an
 * abuse warning) arrive in the question's language and are shown as they are.
 */
export const LANGS = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGS)[number];

export const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

export const STAGE_KEYS = [
  'queued',
  'understanding',
  'planning',
  'guarding',
  'executing',
  'shaping',
  'done',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export type Significance = 'High' | 'Medium' | 'Low';
export type JobStatusWord = 'queued' | 'active' | 'completed' | 'failed' | 'cancelled';

export interface Messages {
  // Static text of index.html, by data-i18n key.
  title: string;
  tagline: string;
  skipToQuestion: string;
  language: string;
  tokenTitle: string;
  tokenLabel: string;
  tokenHelp: string;
  tokenUse: string;
  tokenForget: string;
  devTokenFor: string;
  devTokenGet: string;
  askLabel: string;
  askHelp: string;
  ask: string;
  newSession: string;
  conversation: string;
  history: string;
  refresh: string;
  showMore: string;
  // Dynamic text.
  askPlaceholder: string;
  devEveryBank: string;
  tokenNone: string;
  tokenExpired: string;
  tokenScopeAdmin: string;
  tokenSignedIn: (who: string, scope: string, until: string) => string;
  sessionState: (questions: number) => string;
  historyEmpty: string;
  historyLoading: string;
  stages: Record<StageKey, string>;
  plannerIs: (planner: string) => string;
  stageNow: (stage: string) => string;
  progress: string;
  cancel: string;
  cancelling: string;
  answerReady: (headline: string) => string;
  chart: string;
  chartSummary: (kind: string, points: string) => string;
  chartKinds: Record<'bar' | 'line' | 'pie', string>;
  table: string;
  downloadCsv: string;
  rows: (n: number) => string;
  truncated: (n: number) => string;
  noRows: string;
  sortBy: (column: string) => string;
  showSql: string;
  copy: string;
  copied: string;
  copyFailed: string;
  insights: string;
  suggested: string;
  answeredBy: (planner: string, ms: string, cached: boolean) => string;
  fromHistory: string;
  askAgain: string;
  significance: Record<Significance, string>;
  status: Record<JobStatusWord, string>;
  emptyQuestion: string;
  // Failures, in plain words.
  errNetwork: string;
  errNoToken: string;
  errUnauthorized: (reason: string) => string;
  errBanned: (until: string) => string;
  errForbidden: string;
  errRateLimited: (wait: string) => string;
  errInFlight: (wait: string) => string;
  errLlmBudget: (wait: string) => string;
  errNotFound: string;
  errInvalid: (message: string) => string;
  errTooLarge: string;
  errUnavailable: string;
  errInternal: string;
  jobUnanswerable: string;
  jobRefused: string;
  jobTimeout: string;
  jobTooCostly: string;
  jobSql: string;
  jobUnavailable: string;
  jobCancelled: string;
  jobOther: string;
  retryMayHelp: string;
}

/** The plural category of `n` in `lang` (Russian has one / few / many). */
const plural = (lang: Lang, n: number) => new Intl.PluralRules(lang).select(n);

const en: Messages = {
  title: 'Payments analytics',
  tagline: 'Ask about card transactions in plain words',
  skipToQuestion: 'Skip to the question',
  language: 'Language',
  tokenTitle: 'Access token',
  tokenLabel: 'Bearer token (JWT)',
  tokenHelp: 'Paste a token from your identity provider. It is kept in this browser tab only.',
  tokenUse: 'Use this token',
  tokenForget: 'Forget',
  devTokenFor: 'Development token for',
  devTokenGet: 'Get a development token',
  askLabel: 'Your question',
  askHelp: 'In English, Russian or Kazakh. Ctrl+Enter sends.',
  ask: 'Ask',
  newSession: 'New conversation',
  conversation: 'Conversation',
  history: 'History',
  refresh: 'Refresh',
  showMore: 'Show more',
  askPlaceholder: 'e.g. Top 5 categories by amount in the last 30 days',
  devEveryBank: 'every bank (admin)',
  tokenNone: 'none yet',
  tokenExpired: 'expired',
  tokenScopeAdmin: 'every bank',
  tokenSignedIn: (who, scope, until) => `${who} · ${scope} · until ${until}`,
  sessionState: (n) =>
    n === 0
      ? 'Follow-up questions will continue this conversation.'
      : `Follow-ups continue this conversation (${n} ${n === 1 ? 'question' : 'questions'} so far).`,
  historyEmpty: 'No answered questions yet.',
  historyLoading: 'Loading…',
  stages: {
    queued: 'Queued',
    understanding: 'Understanding',
    planning: 'Planning',
    guarding: 'Checking the SQL',
    executing: 'Running',
    shaping: 'Preparing the answer',
    done: 'Done',
  },
  plannerIs: (p) => `planner: ${p}`,
  stageNow: (s) => `${s}…`,
  progress: 'Progress',
  cancel: 'Cancel',
  cancelling: 'Cancelling…',
  answerReady: (h) => `Answer ready: ${h}`,
  chart: 'Chart',
  chartSummary: (kind, points) => `${kind}: ${points}`,
  chartKinds: { bar: 'Bar chart', line: 'Line chart', pie: 'Pie chart' },
  table: 'Table',
  downloadCsv: 'Download CSV',
  rows: (n) => `${n} ${n === 1 ? 'row' : 'rows'}`,
  truncated: (n) => `Only the first ${n} rows were returned.`,
  noRows: 'No rows matched.',
  sortBy: (c) => `Sort by ${c}`,
  showSql: 'Show the SQL',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text and copy it.',
  insights: 'Insights',
  suggested: 'Ask next',
  answeredBy: (p, ms, cached) => `Answered by ${p} in ${ms} ms${cached ? ' (from the cache)' : ''}`,
  fromHistory: 'From history',
  askAgain: 'Ask again',
  significance: { High: 'High', Medium: 'Medium', Low: 'Low' },
  status: {
    queued: 'queued',
    active: 'running',
    completed: 'answered',
    failed: 'not answered',
    cancelled: 'cancelled',
  },
  emptyQuestion: 'Write a question first.',
  errNetwork: 'Cannot reach the server. Check the connection and try again.',
  errNoToken: 'Paste an access token first.',
  errUnauthorized: (r) => `Your token was not accepted (${r}). Paste a valid token above.`,
  errBanned: (u) => `You are blocked until ${u} after repeated attempts to misuse the assistant.`,
  errForbidden: 'Your token does not allow this.',
  errRateLimited: (w) => `Too many requests. You can try again ${w}.`,
  errInFlight: (w) => `Your bank already has as many questions running as it may. Try again ${w}.`,
  errLlmBudget: (w) =>
    `Your bank has used today's language-model budget; it renews at 00:00 UTC (${w}). ` +
    'Questions the built-in planner understands are still answered.',
  errNotFound: 'That question does not exist any more, or it belongs to another bank.',
  errInvalid: (m) => `The question cannot be sent: ${m}`,
  errTooLarge: 'The question is too long.',
  errUnavailable: 'The service is unavailable for a moment. Try again shortly.',
  errInternal: 'Something went wrong on our side. Try again.',
  jobUnanswerable: 'I cannot answer that as asked.',
  jobRefused: 'This question was refused.',
  jobTimeout: 'The question took too long and was stopped. Try a shorter time range.',
  jobTooCostly: 'That would read too much data. Add a time range or group the results.',
  jobSql: 'The query could not be run.',
  jobUnavailable: 'The assistant is unavailable for a moment.',
  jobCancelled: 'The question was cancelled.',
  jobOther: 'The question was not answered.',
  retryMayHelp: 'Trying again may help.',
};

const ru: Messages = {
  title: 'Платёжная аналитика',
  tagline: 'Спрашивайте о транзакциях по картам простыми словами',
  skipToQuestion: 'Перейти к вопросу',
  language: 'Язык',
  tokenTitle: 'Токен доступа',
  tokenLabel: 'Bearer-токен (JWT)',
  tokenHelp: 'Вставьте токен от вашего провайдера удостоверений. Он хранится только в этой вкладке браузера.',
  tokenUse: 'Использовать токен',
  tokenForget: 'Забыть',
  devTokenFor: 'Токен разработчика для',
  devTokenGet: 'Получить токен разработчика',
  askLabel: 'Ваш вопрос',
  askHelp: 'На английском, русском или казахском. Ctrl+Enter — отправить.',
  ask: 'Спросить',
  newSession: 'Новый разговор',
  conversation: 'Разговор',
  history: 'История',
  refresh: 'Обновить',
  showMore: 'Показать ещё',
  askPlaceholder: 'например: Топ-5 категорий по сумме за последние 30 дней',
  devEveryBank: 'всех банков (администратор)',
  tokenNone: 'пока нет',
  tokenExpired: 'истёк',
  tokenScopeAdmin: 'все банки',
  tokenSignedIn: (who, scope, until) => `${who} · ${scope} · до ${until}`,
  sessionState: (n) =>
    n === 0
      ? 'Уточняющие вопросы продолжат этот разговор.'
      : `Уточняющие вопросы продолжают этот разговор (вопросов: ${n}).`,
  historyEmpty: 'Отвеченных вопросов пока нет.',
  historyLoading: 'Загрузка…',
  stages: {
    queued: 'В очереди',
    understanding: 'Разбор вопроса',
    planning: 'Составление запроса',
    guarding: 'Проверка SQL',
    executing: 'Выполнение',
    shaping: 'Подготовка ответа',
    done: 'Готово',
  },
  plannerIs: (p) => `планировщик: ${p}`,
  stageNow: (s) => `${s}…`,
  progress: 'Ход выполнения',
  cancel: 'Отменить',
  cancelling: 'Отмена…',
  answerReady: (h) => `Ответ готов: ${h}`,
  chart: 'График',
  chartSummary: (kind, points) => `${kind}: ${points}`,
  chartKinds: { bar: 'Столбчатая диаграмма', line: 'Линейный график', pie: 'Круговая диаграмма' },
  table: 'Таблица',
  downloadCsv: 'Скачать CSV',
  rows: (n) => {
    const form = plural('ru', n);
    return `${n} ${form === 'one' ? 'строка' : form === 'few' ? 'строки' : 'строк'}`;
  },
  truncated: (n) => `Результат обрезан: возвращено строк — ${n}.`,
  noRows: 'Подходящих строк нет.',
  sortBy: (c) => `Сортировать по «${c}»`,
  showSql: 'Показать SQL',
  copy: 'Копировать',
  copied: 'Скопировано',
  copyFailed: 'Не удалось скопировать: выделите текст и скопируйте вручную.',
  insights: 'Выводы',
  suggested: 'Спросите дальше',
  answeredBy: (p, ms, cached) => `Ответил ${p} за ${ms} мс${cached ? ' (из кэша)' : ''}`,
  fromHistory: 'Из истории',
  askAgain: 'Спросить снова',
  significance: { High: 'Высокая', Medium: 'Средняя', Low: 'Низкая' },
  status: {
    queued: 'в очереди',
    active: 'выполняется',
    completed: 'отвечен',
    failed: 'без ответа',
    cancelled: 'отменён',
  },
  emptyQuestion: 'Сначала напишите вопрос.',
  errNetwork: 'Не удаётся связаться с сервером. Проверьте подключение и повторите.',
  errNoToken: 'Сначала вставьте токен доступа.',
  errUnauthorized: (r) => `Токен не принят (${r}). Вставьте действующий токен выше.`,
  errBanned: (u) => `Вы заблокированы до ${u} за повторные попытки злоупотребить ассистентом.`,
  errForbidden: 'Этот токен не даёт права на это действие.',
  errRateLimited: (w) => `Слишком много запросов. Повторите ${w}.`,
  errInFlight: (w) => `У вашего банка уже выполняется наибольшее допустимое число вопросов. Повторите ${w}.`,
  errLlmBudget: (w) =>
    `Ваш банк израсходовал дневной лимит языковой модели; он обновится в 00:00 UTC (${w}). ` +
    'Вопросы, которые понимает встроенный планировщик, по-прежнему получают ответ.',
  errNotFound: 'Такого вопроса больше нет, или он принадлежит другому банку.',
  errInvalid: (m) => `Вопрос нельзя отправить: ${m}`,
  errTooLarge: 'Вопрос слишком длинный.',
  errUnavailable: 'Сервис ненадолго недоступен. Повторите чуть позже.',
  errInternal: 'На нашей стороне что-то пошло не так. Повторите попытку.',
  jobUnanswerable: 'Не могу ответить на вопрос в таком виде.',
  jobRefused: 'Этот вопрос отклонён.',
  jobTimeout: 'Вопрос выполнялся слишком долго и был остановлен. Попробуйте период покороче.',
  jobTooCostly: 'Запрос прочитал бы слишком много данных. Добавьте период или группировку.',
  jobSql: 'Запрос не удалось выполнить.',
  jobUnavailable: 'Ассистент ненадолго недоступен.',
  jobCancelled: 'Вопрос отменён.',
  jobOther: 'На вопрос не удалось ответить.',
  retryMayHelp: 'Повторная попытка может помочь.',
};

const kk: Messages = {
  title: 'Төлем аналитикасы',
  tagline: 'Карта транзакциялары туралы қарапайым тілмен сұраңыз',
  skipToQuestion: 'Сұраққа өту',
  language: 'Тіл',
  tokenTitle: 'Кіру токені',
  tokenLabel: 'Bearer токені (JWT)',
  tokenHelp: 'Сәйкестендіру провайдеріңіз берген токенді қойыңыз. Ол тек осы браузер қойындысында сақталады.',
  tokenUse: 'Осы токенді қолдану',
  tokenForget: 'Ұмыту',
  devTokenFor: 'Әзірлеуші токені:',
  devTokenGet: 'Әзірлеуші токенін алу',
  askLabel: 'Сұрағыңыз',
  askHelp: 'Ағылшын, орыс немесе қазақ тілінде. Ctrl+Enter — жіберу.',
  ask: 'Сұрау',
  newSession: 'Жаңа әңгіме',
  conversation: 'Әңгіме',
  history: 'Тарих',
  refresh: 'Жаңарту',
  showMore: 'Тағы көрсету',
  askPlaceholder: 'мысалы: Соңғы 30 күндегі сома бойынша үздік 5 санат',
  devEveryBank: 'барлық банктер (әкімші)',
  tokenNone: 'әлі жоқ',
  tokenExpired: 'мерзімі өтті',
  tokenScopeAdmin: 'барлық банктер',
  tokenSignedIn: (who, scope, until) => `${who} · ${scope} · ${until} дейін`,
  sessionState: (n) =>
    n === 0
      ? 'Нақтылау сұрақтары осы әңгімені жалғастырады.'
      : `Нақтылау сұрақтары осы әңгімені жалғастырады (әзірге ${n} сұрақ).`,
  historyEmpty: 'Жауап берілген сұрақтар әлі жоқ.',
  historyLoading: 'Жүктелуде…',
  stages: {
    queued: 'Кезекте',
    understanding: 'Сұрақты талдау',
    planning: 'Сұранысты құру',
    guarding: 'SQL тексеру',
    executing: 'Орындау',
    shaping: 'Жауапты дайындау',
    done: 'Дайын',
  },
  plannerIs: (p) => `жоспарлаушы: ${p}`,
  stageNow: (s) => `${s}…`,
  progress: 'Орындалу барысы',
  cancel: 'Тоқтату',
  cancelling: 'Тоқтатылуда…',
  answerReady: (h) => `Жауап дайын: ${h}`,
  chart: 'Диаграмма',
  chartSummary: (kind, points) => `${kind}: ${points}`,
  chartKinds: { bar: 'Бағанды диаграмма', line: 'Сызықтық график', pie: 'Дөңгелек диаграмма' },
  table: 'Кесте',
  downloadCsv: 'CSV жүктеп алу',
  rows: (n) => `${n} жол`,
  truncated: (n) => `Тек алғашқы ${n} жол қайтарылды.`,
  noRows: 'Сәйкес жолдар табылмады.',
  sortBy: (c) => `«${c}» бойынша сұрыптау`,
  showSql: 'SQL көрсету',
  copy: 'Көшіру',
  copied: 'Көшірілді',
  copyFailed: 'Көшіру мүмкін болмады: мәтінді белгілеп, өзіңіз көшіріңіз.',
  insights: 'Түйіндер',
  suggested: 'Келесі сұрақтар',
  answeredBy: (p, ms, cached) => `Жауап берген: ${p}, ${ms} мс${cached ? ' (кэштен)' : ''}`,
  fromHistory: 'Тарихтан',
  askAgain: 'Қайта сұрау',
  significance: { High: 'Жоғары', Medium: 'Орташа', Low: 'Төмен' },
  status: {
    queued: 'кезекте',
    active: 'орындалуда',
    completed: 'жауап берілді',
    failed: 'жауапсыз',
    cancelled: 'тоқтатылды',
  },
  emptyQuestion: 'Алдымен сұрақ жазыңыз.',
  errNetwork: 'Серверге қосылу мүмкін емес. Байланысты тексеріп, қайталап көріңіз.',
  errNoToken: 'Алдымен кіру токенін қойыңыз.',
  errUnauthorized: (r) => `Токен қабылданбады (${r}). Жоғарыда жарамды токенді қойыңыз.`,
  errBanned: (u) => `Көмекшіні бірнеше рет теріс пайдалануға әрекеттенгеніңіз үшін ${u} дейін бұғатталдыңыз.`,
  errForbidden: 'Бұл токен бұл әрекетке рұқсат бермейді.',
  errRateLimited: (w) => `Сұраулар тым көп. ${w} қайталап көріңіз.`,
  errInFlight: (w) =>
    `Банкіңізде бір мезгілде рұқсат етілген ең көп сұрақ орындалуда. ${w} қайталап көріңіз.`,
  errLlmBudget: (w) =>
    `Банкіңіз тілдік модельдің бүгінгі лимитін жұмсап қойды; ол UTC бойынша 00:00-де жаңарады (${w}). ` +
    'Кіріктірілген жоспарлаушы түсінетін сұрақтарға бұрынғыдай жауап беріледі.',
  errNotFound: 'Бұл сұрақ енді жоқ немесе басқа банкке тиесілі.',
  errInvalid: (m) => `Сұрақты жіберу мүмкін емес: ${m}`,
  errTooLarge: 'Сұрақ тым ұзын.',
  errUnavailable: 'Қызмет уақытша қолжетімсіз. Сәлден кейін қайталап көріңіз.',
  errInternal: 'Біз жақта бірдеңе дұрыс болмады. Қайталап көріңіз.',
  jobUnanswerable: 'Бұл сұраққа осы күйінде жауап бере алмаймын.',
  jobRefused: 'Бұл сұрақ қабылданбады.',
  jobTimeout: 'Сұрақ тым ұзақ орындалып, тоқтатылды. Қысқарақ кезеңді көріңіз.',
  jobTooCostly: 'Бұл тым көп деректі оқиды. Кезеңді көрсетіңіз немесе нәтижелерді топтаңыз.',
  jobSql: 'Сұранысты орындау мүмкін болмады.',
  jobUnavailable: 'Көмекші уақытша қолжетімсіз.',
  jobCancelled: 'Сұрақ тоқтатылды.',
  jobOther: 'Сұраққа жауап берілмеді.',
  retryMayHelp: 'Қайталау көмектесуі мүмкін.',
};

export const MESSAGES: Record<Lang, Messages> = { en, ru, kk };

/** The first of the browser's preferred languages the page speaks (`ru-RU` → ru), else English. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(base ?? '')) return base as Lang;
  }
  return 'en';
}

/**
 * Whether this browser's Intl really has data for `lang`. Chromium claims Kazakh but ships without
 * its data (dates come out as "2026 M11 30", waits as "+42 s", numbers as "1,234.5"), so Kazakh then
 * falls back to forms that read right without it. Asked once per language.
 */
const known = new Map<Lang, boolean>();
function intlKnows(lang: Lang): boolean {
  let yes = known.get(lang);
  if (yes === undefined) {
    const january = new Intl.DateTimeFormat(lang, { month: 'long' }).format(new Date(2026, 0, 15));
    yes = lang === 'en' || /\p{Script=Cyrillic}/u.test(january);
    known.set(lang, yes);
  }
  return yes;
}

/** Numbers as the reader writes them; Kazakh groups like Russian ("1 234 567,89"). */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }) {
  return new Intl.NumberFormat(lang === 'kk' && !intlKnows('kk') ? 'ru-KZ' : lang, options);
}

const KK_UNITS = { second: 'секундтан', minute: 'минуттан', hour: 'сағаттан' } as const;

/** "in 42 seconds" / "через 42 секунды" / "42 секундтан кейін". */
export function formatWait(lang: Lang, seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  const [value, unit] =
    s < 90
      ? [s, 'second' as const]
      : s < 90 * 60
        ? [Math.round(s / 60), 'minute' as const]
        : [Math.round(s / 3600), 'hour' as const];
  if (lang === 'kk' && !intlKnows('kk')) return `${value} ${KK_UNITS[unit]} кейін`;
  return new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(value, unit);
}

/** A moment in the reader's time zone and language (Kazakh without locale data: 30.11.2026, 12:41). */
export function formatMoment(lang: Lang, at: Date): string {
  if (lang === 'kk' && !intlKnows('kk')) {
    return new Intl.DateTimeFormat('ru-KZ', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(at);
  }
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
