/**
 * The analysts' page: a token, a question, its stages live, the answer, follow-ups in one
 * conversation, and the history. Talks to the API that serves it, with the token in the
 * Authorization header only.
 */
import { ApiClient, ApiFailure, type HistoryItem } from './api-client.js';
import { byId, h } from './dom.js';
import { followJob } from './event-stream.js';
import { describeFailure } from './failures.js';
import { formatMoment, LANGS, type Lang, MESSAGES, type Messages, pickLang } from './i18n.js';
import { isExpired, readTokenClaims } from './token-claims.js';
import { TurnView } from './turn-view.js';

/** The issuer banks a development token may be for (packages/contracts ISSUER_BANKS; the API checks). */
const DEV_BANKS = [
  'Halyk Bank',
  'Kaspi Bank',
  'ForteBank',
  'Jusan Bank',
  'Eurasian Bank',
  'Bank CenterCredit',
];

const KEYS = {
  token: 'pa.token',
  devIssued: 'pa.token.dev',
  session: 'pa.session',
  sessionQuestions: 'pa.session.questions',
  lang: 'pa.lang',
} as const;

/** Storage can be refused (private modes, policies): the page then forgets on reload. */
const store = {
  get: (s: Storage | undefined, k: string) => {
    try {
      return s?.getItem(k) ?? null;
    } catch {
      return null;
    }
  },
  set: (s: Storage | undefined, k: string, v: string | null) => {
    try {
      if (v === null) s?.removeItem(k);
      else s?.setItem(k, v);
    } catch {
      // Not kept; fine.
    }
  },
};
const tab = window.sessionStorage;
const device = window.localStorage;

/** A session id the API accepts (letters, digits, - and _), random enough to be nobody else's. */
function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const devMode = document.documentElement.dataset.authMode === 'dev';
const savedLang = store.get(device, KEYS.lang);
let lang: Lang = (LANGS as readonly string[]).includes(savedLang ?? '')
  ? (savedLang as Lang)
  : pickLang(navigator.languages ?? [navigator.language]);
let token: string | null = store.get(tab, KEYS.token);
let devIssued = store.get(tab, KEYS.devIssued) === '1';
let sessionId = store.get(tab, KEYS.session) ?? newSessionId();
let sessionQuestions = Number(store.get(tab, KEYS.sessionQuestions) ?? 0) || 0;
let turns: TurnView[] = [];
let historyCursor: string | null = null;
let historyItems: HistoryItem[] = [];
let historyError: string | null = null;
let openedFromHistory: string | null = null;

const t = (): Messages => MESSAGES[lang];

const el = {
  language: byId<HTMLSelectElement>('language'),
  tokenPanel: byId<HTMLDetailsElement>('token-panel'),
  tokenState: byId('token-state'),
  tokenForm: byId<HTMLFormElement>('token-form'),
  tokenInput: byId<HTMLInputElement>('token'),
  tokenForget: byId<HTMLButtonElement>('token-forget'),
  devToken: byId('dev-token'),
  devBank: byId<HTMLSelectElement>('dev-bank'),
  devTokenGet: byId<HTMLButtonElement>('dev-token-get'),
  askForm: byId<HTMLFormElement>('ask-form'),
  question: byId<HTMLTextAreaElement>('question'),
  askError: byId('ask-error'),
  newSession: byId<HTMLButtonElement>('new-session'),
  sessionState: byId('session-state'),
  thread: byId('thread'),
  historyList: byId<HTMLOListElement>('history-list'),
  historyState: byId('history-state'),
  historyRefresh: byId<HTMLButtonElement>('history-refresh'),
  historyMore: byId<HTMLButtonElement>('history-more'),
  announcer: byId('announcer'),
};

/** Polite announcements for screen readers; cleared first so the same words are read again. */
function announce(text: string): void {
  el.announcer.textContent = '';
  setTimeout(() => {
    el.announcer.textContent = text;
  }, 50);
}

const client = new ApiClient({
  token: () => token,
  renewToken: async () => {
    // An expired development token is replaced silently; a pasted one is the reader's to replace.
    if (!devMode || (token && !devIssued)) return false;
    return fetchDevToken(null).then(
      () => true,
      () => false,
    );
  },
});

// ——— token ———

function setToken(value: string | null, fromDev: boolean): void {
  token = value;
  devIssued = fromDev && value !== null;
  store.set(tab, KEYS.token, value);
  store.set(tab, KEYS.devIssued, devIssued ? '1' : null);
  el.tokenInput.value = value ?? '';
  renderTokenState();
  // The history shown was the previous token's holder's.
  historyItems = [];
  historyCursor = null;
  historyError = null;
  renderHistory();
}

/** Why no development token came: the API's own words when it refused (not this machine), else plain words. */
function devTokenRefusal(err: unknown): string {
  if (err instanceof ApiFailure && err.failure.kind === 'http' && err.failure.code === 'forbidden')
    return err.failure.message;
  return describeFailure(err instanceof ApiFailure ? err.failure : { kind: 'network' }, lang).title;
}

async function fetchDevToken(bank: string | null): Promise<void> {
  const issued = await client.devToken(bank);
  setToken(issued.token, true);
}

function renderTokenState(): void {
  const claims = token ? readTokenClaims(token) : null;
  let text = t().tokenNone;
  if (token && claims) {
    const scope = claims.admin ? t().tokenScopeAdmin : (claims.bank ?? '?');
    text = isExpired(claims, Date.now())
      ? `${claims.sub} · ${t().tokenExpired}`
      : t().tokenSignedIn(
          claims.sub,
          scope,
          claims.expiresAt ? formatMoment(lang, new Date(claims.expiresAt)) : '—',
        );
  } else if (token) {
    text = '•••';
  }
  el.tokenState.textContent = `— ${text}`;
}

el.tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const value = el.tokenInput.value.trim().replace(/^Bearer\s+/i, '');
  setToken(value || null, false);
  if (value) {
    el.tokenPanel.open = false;
    el.question.focus();
    void loadHistory(true);
  }
});
el.tokenForget.addEventListener('click', () => {
  setToken(null, false);
  el.tokenInput.focus();
});
el.devTokenGet.addEventListener('click', async () => {
  try {
    await fetchDevToken(el.devBank.value || null);
    el.tokenPanel.open = false;
    newConversation();
    void loadHistory(true);
  } catch (err) {
    el.tokenState.textContent = `— ${devTokenRefusal(err)}`;
  }
});

// ——— asking ———

function renderSessionState(): void {
  el.sessionState.textContent = t().sessionState(sessionQuestions);
}

function showAskError(text: string | null): void {
  el.askError.hidden = text === null;
  el.askError.textContent = text ?? '';
}

function newConversation(): void {
  openedFromHistory = null;
  for (const turn of turns) turn.destroy();
  turns = [];
  sessionId = newSessionId();
  sessionQuestions = 0;
  store.set(tab, KEYS.session, sessionId);
  store.set(tab, KEYS.sessionQuestions, '0');
  renderSessionState();
}

const turnContext = {
  client,
  lang: () => lang,
  ask: (question: string) => void ask(question),
  announce,
};

async function ask(question: string): Promise<void> {
  showAskError(null);
  if (!token) {
    showAskError(t().errNoToken);
    el.tokenPanel.open = true;
    el.tokenInput.focus();
    return;
  }
  const turn = new TurnView(turnContext, question);
  turns.push(turn);
  el.thread.append(turn.root);
  turn.root.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  try {
    const accepted = await client.submit(question, sessionId);
    turn.setJob(accepted.id);
    sessionQuestions += 1;
    store.set(tab, KEYS.session, sessionId);
    store.set(tab, KEYS.sessionQuestions, String(sessionQuestions));
    renderSessionState();
    await followJob(client, accepted.id, (event) => turn.onEvent(event), turn.abort.signal);
    // The stream ended without a terminal event we saw (204 after a reconnect): read the job.
    if (!turn.finished && !turn.abort.signal.aborted) turn.showSnapshot(await client.job(accepted.id));
  } catch (err) {
    turn.fail(err);
    if (err instanceof ApiFailure && err.failure.kind === 'http' && err.failure.status === 401) {
      el.tokenPanel.open = true;
    }
  } finally {
    void loadHistory(true);
  }
}

el.askForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const question = el.question.value.trim();
  if (!question) {
    showAskError(t().emptyQuestion);
    el.question.focus();
    return;
  }
  el.question.value = '';
  void ask(question);
});
el.question.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    el.askForm.requestSubmit();
  }
});
el.newSession.addEventListener('click', () => {
  newConversation();
  el.question.focus();
});

// ——— history ———

function renderHistory(): void {
  el.historyState.textContent = historyError ?? (historyItems.length === 0 ? t().historyEmpty : '');
  el.historyMore.hidden = historyCursor === null;
  el.historyList.replaceChildren(
    ...historyItems.map((item) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'history-item',
            'data-testid': 'history-item',
            'data-job-id': item.id,
            'aria-current': item.id === openedFromHistory ? 'true' : null,
            onclick: () => void openFromHistory(item),
          },
          h('span', { class: 'history-question' }, item.question),
          h(
            'span',
            { class: 'history-meta' },
            h('span', { class: `status ${item.status}` }, t().status[item.status]),
            ` · ${formatMoment(lang, new Date(item.finished_at ?? item.created_at))}`,
          ),
        ),
      ),
    ),
  );
}

async function loadHistory(reset: boolean): Promise<void> {
  if (!token) {
    historyItems = [];
    historyCursor = null;
    historyError = null;
    renderHistory();
    return;
  }
  if (reset && historyItems.length === 0) el.historyState.textContent = t().historyLoading;
  try {
    const page = await client.history(reset ? null : historyCursor);
    historyItems = reset ? page.items : [...historyItems, ...page.items];
    historyCursor = page.next_cursor;
    historyError = null;
  } catch (err) {
    historyError = describeFailure(err instanceof ApiFailure ? err.failure : { kind: 'network' }, lang).title;
  }
  renderHistory();
}

/** Shows a finished question from the history, and continues its conversation. */
async function openFromHistory(item: HistoryItem): Promise<void> {
  newConversation();
  openedFromHistory = item.id;
  renderHistory();
  if (item.session_id) {
    sessionId = item.session_id;
    sessionQuestions = historyItems.filter((i) => i.session_id === item.session_id).length;
    store.set(tab, KEYS.session, sessionId);
    store.set(tab, KEYS.sessionQuestions, String(sessionQuestions));
    renderSessionState();
  }
  const turn = new TurnView(turnContext, item.question, true);
  turns.push(turn);
  el.thread.append(turn.root);
  try {
    turn.showSnapshot(await client.job(item.id));
  } catch (err) {
    turn.fail(err);
  }
  turn.root.scrollIntoView({ block: 'nearest' });
}

el.historyRefresh.addEventListener('click', () => void loadHistory(true));
el.historyMore.addEventListener('click', () => void loadHistory(false));

// ——— language ———

function applyLanguage(): void {
  const m = t();
  document.documentElement.lang = lang;
  document.title = m.title;
  el.language.value = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = m[node.dataset.i18n as keyof Messages];
    if (typeof text === 'string') node.textContent = text;
  }
  el.question.placeholder = m.askPlaceholder;
  el.devBank.replaceChildren(
    h('option', { value: '' }, m.devEveryBank),
    ...DEV_BANKS.map((bank) => h('option', { value: bank }, bank)),
  );
  renderTokenState();
  renderSessionState();
  renderHistory();
  for (const turn of turns) turn.refresh();
}

el.language.addEventListener('change', () => {
  lang = el.language.value as Lang;
  store.set(device, KEYS.lang, lang);
  applyLanguage();
});

// ——— start ———

async function start(): Promise<void> {
  store.set(tab, KEYS.session, sessionId);
  el.devToken.hidden = !devMode;
  el.tokenInput.value = token ?? '';
  applyLanguage();
  if (devMode && (!token || (devIssued && isExpired(readTokenClaims(token), Date.now(), 60_000)))) {
    try {
      await fetchDevToken(null);
    } catch (err) {
      el.tokenState.textContent = `— ${devTokenRefusal(err)}`;
    }
  }
  el.tokenPanel.open = !token;
  document.body.dataset.ready = 'true';
  await loadHistory(true);
}

void start();
