import type { ChatReply, JobError, JobSnapshot, QueryResult, Stage } from '@pa/contracts';
import { type ApiClient, ApiFailure } from './api-client.js';
import { type RenderedChart, renderChart } from './chart-view.js';
import { copyText, h, saveFile } from './dom.js';
import type { ServerEvent } from './event-stream.js';
import { describeFailure, type Failure } from './failures.js';
import { type Lang, MESSAGES, type Messages, numberFormat, STAGE_KEYS, type StageKey } from './i18n.js';
import { renderTable, type SortState } from './result-table.js';

export interface TurnContext {
  client: ApiClient;
  lang(): Lang;
  /** Ask a question in the current conversation (a suggested question, "ask again"). */
  ask(question: string): void;
  /** Say something to screen readers (the page's polite live region). */
  announce(text: string): void;
}

type Status = 'submitting' | JobSnapshot['status'];
type StageState = 'pending' | 'current' | 'done' | 'failed' | 'cancelled';

const TERMINAL: ReadonlySet<Status> = new Set(['completed', 'failed', 'cancelled']);

function jobFailure(error: JobError): Failure {
  return {
    kind: 'job',
    code: error.code,
    message: error.message,
    retryable: error.retryable,
    warning: error.warning,
  };
}

/**
 * One question and its answer: the stages as they happen, then the headline, chart, table, SQL,
 * insights and suggested questions — or what went wrong, in plain words. Stage changes update the
 * progress list in place (focus stays where it is); the answer is drawn once, and again when the
 * reader switches language.
 */
export class TurnView {
  readonly root: HTMLElement;
  /** Aborted when the turn is dropped (a new conversation): stops following the job. */
  readonly abort = new AbortController();
  private jobId: string | null = null;
  private status: Status = 'submitting';
  private stage: Stage | null = null;
  private planner: string | null = null;
  private result: QueryResult | null = null;
  private reply: ChatReply | null = null;
  private streamedReply = '';
  private failure: Failure | null = null;
  private cancelling = false;
  private sort: SortState | null = null;
  private chart: RenderedChart | null = null;
  private progress: HTMLOListElement | null = null;
  private cancelButton: HTMLButtonElement | null = null;
  private plannerNote: HTMLElement | null = null;

  constructor(
    private readonly ctx: TurnContext,
    readonly question: string,
    private readonly fromHistory = false,
  ) {
    this.root = h('article', { class: 'turn', 'data-testid': 'turn', 'data-status': 'submitting' });
    this.render();
  }

  private get t(): Messages {
    return MESSAGES[this.ctx.lang()];
  }

  get id(): string | null {
    return this.jobId;
  }

  get finished(): boolean {
    return TERMINAL.has(this.status) || this.failure !== null;
  }

  setJob(id: string): void {
    this.jobId = id;
    this.root.dataset.jobId = id;
    if (this.status === 'submitting') this.setStatus('queued');
  }

  /** A request failed before or while following the job (401, 429, banned, offline…). */
  fail(err: unknown): void {
    if (this.abort.signal.aborted) return;
    this.failure = err instanceof ApiFailure ? err.failure : { kind: 'network' };
    this.setStatus('failed');
    this.render();
  }

  /** A finished job read from history (or a snapshot): drawn at once. */
  showSnapshot(s: JobSnapshot): void {
    this.applySnapshot(s);
    this.render();
  }

  onEvent(event: ServerEvent): void {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(event.data) as Record<string, unknown>;
    } catch {
      return;
    }
    switch (event.type) {
      case 'snapshot':
        this.applySnapshot(data as unknown as JobSnapshot);
        if (this.finished) this.render();
        else this.updateProgress();
        return;
      case 'stage':
        this.setStatus('active');
        this.stage = data.stage as Stage;
        this.updateProgress();
        this.ctx.announce(this.t.stageNow(this.t.stages[this.stage]));
        return;
      case 'plan':
        this.planner = typeof data.planner === 'string' ? data.planner : this.planner;
        this.updateProgress();
        return;
      case 'delta':
        this.streamedReply += typeof data.text === 'string' ? data.text : '';
        this.render();
        return;
      case 'completed':
        this.result = (data.result as QueryResult | undefined) ?? null;
        this.reply = (data.reply as ChatReply | undefined) ?? null;
        this.setStatus('completed');
        this.render();
        this.ctx.announce(this.t.answerReady(this.headline()));
        return;
      case 'failed':
        this.failure = jobFailure(data.error as JobError);
        this.setStatus('failed');
        this.render();
        return;
      case 'cancelled':
        this.setStatus('cancelled');
        this.render();
        this.ctx.announce(this.t.jobCancelled);
        return;
      default:
        return;
    }
  }

  /** Language switched: draw everything again in the new one. */
  refresh(): void {
    this.render();
  }

  destroy(): void {
    this.abort.abort();
    this.chart?.destroy();
    this.root.remove();
  }

  private applySnapshot(s: JobSnapshot): void {
    this.jobId = s.id;
    this.root.dataset.jobId = s.id;
    this.stage = s.stage;
    if (s.result) this.result = s.result;
    if (s.reply) this.reply = s.reply;
    if (s.result?.planner) this.planner = s.result.planner;
    if (s.error) this.failure = jobFailure(s.error);
    this.setStatus(s.status);
  }

  private setStatus(status: Status): void {
    this.status = status;
    this.root.dataset.status = status;
  }

  private headline(): string {
    return this.result?.analysis?.headline || this.reply?.message || this.streamedReply || this.question;
  }

  private stageStates(): Record<StageKey, StageState> {
    const states = Object.fromEntries(STAGE_KEYS.map((k) => [k, 'pending'])) as Record<StageKey, StageState>;
    if (this.status === 'submitting') return states;
    if (this.status === 'completed') {
      for (const k of STAGE_KEYS) states[k] = 'done';
      return states;
    }
    const at: StageKey = this.stage ?? 'queued';
    const index = STAGE_KEYS.indexOf(at);
    STAGE_KEYS.forEach((k, i) => {
      if (i < index) states[k] = 'done';
    });
    states[at] = this.status === 'failed' ? 'failed' : this.status === 'cancelled' ? 'cancelled' : 'current';
    return states;
  }

  private updateProgress(): void {
    if (!this.progress) return;
    const states = this.stageStates();
    for (const item of this.progress.querySelectorAll<HTMLLIElement>('li[data-stage]')) {
      const key = item.dataset.stage as StageKey;
      item.dataset.state = states[key];
      if (states[key] === 'current') item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    }
    if (this.plannerNote) this.plannerNote.textContent = this.planner ? this.t.plannerIs(this.planner) : '';
    if (this.cancelButton) {
      this.cancelButton.hidden = !this.jobId || this.finished;
      this.cancelButton.disabled = this.cancelling;
      this.cancelButton.textContent = this.cancelling ? this.t.cancelling : this.t.cancel;
    }
  }

  private render(): void {
    const t = this.t;
    this.chart?.destroy();
    this.chart = null;
    this.progress = h(
      'ol',
      { class: 'stages', 'aria-label': t.progress, 'data-testid': 'stages' },
      ...STAGE_KEYS.map((k) => h('li', { 'data-stage': k, 'data-state': 'pending' }, t.stages[k])),
    );
    this.plannerNote = h('span', { class: 'planner', 'data-testid': 'planner' });
    this.cancelButton = h(
      'button',
      {
        type: 'button',
        class: 'secondary small',
        'data-testid': 'cancel',
        onclick: () => void this.cancel(),
      },
      t.cancel,
    );
    const showProgress =
      !(this.failure?.kind === 'http' || this.failure?.kind === 'network') && !this.fromHistory;
    const parts: Array<HTMLElement | null | false> = [
      h(
        'header',
        { class: 'turn-head' },
        h('p', { class: 'asked', 'data-testid': 'asked' }, this.question),
        this.fromHistory && h('span', { class: 'badge' }, t.fromHistory),
      ),
      showProgress && h('div', { class: 'progress' }, this.progress, this.plannerNote, this.cancelButton),
      this.body(),
    ];
    this.root.replaceChildren(...parts.filter((p): p is HTMLElement => p instanceof HTMLElement));
    this.updateProgress();
  }

  private body(): HTMLElement | null {
    if (this.failure) return this.failureView(this.failure);
    if (this.status === 'cancelled')
      return this.failureView({ kind: 'job', code: 'cancelled', message: '', retryable: false });
    if (this.result) return this.answerView(this.result);
    const words = this.reply?.message ?? this.streamedReply;
    if (words)
      return h('section', { class: 'answer' }, h('p', { class: 'reply', 'data-testid': 'reply' }, words));
    return null;
  }

  private failureView(failure: Failure): HTMLElement {
    const text = describeFailure(failure, this.ctx.lang());
    const cancelled = failure.kind === 'job' && failure.code === 'cancelled';
    return h(
      'div',
      {
        class: 'failure',
        role: 'alert',
        'data-testid': 'failure',
        'data-code': failure.kind === 'network' ? 'network' : failure.code,
      },
      h('p', { class: 'failure-title' }, text.title),
      text.detail && h('p', { class: 'failure-detail', 'data-testid': 'failure-detail' }, text.detail),
      text.retryable && !cancelled && h('p', { class: 'help' }, this.t.retryMayHelp),
      // Asking a refused or unanswerable question again as it is would not help (and a refusal counts).
      (text.retryable || cancelled) &&
        h(
          'button',
          { type: 'button', class: 'secondary small', onclick: () => this.ctx.ask(this.question) },
          this.t.askAgain,
        ),
    );
  }

  private answerView(result: QueryResult): HTMLElement {
    const t = this.t;
    const lang = this.ctx.lang();
    const total = Object.values(result.timings ?? {}).reduce((sum, ms) => sum + ms, 0);
    const ms = numberFormat(lang, { maximumFractionDigits: 0 }).format(total);
    const chart = renderChart(result.chart, lang, t);
    this.chart = chart;
    const tableHolder = h('div', {
      class: 'table-scroll',
      role: 'region',
      'aria-label': t.table,
      tabindex: 0,
    });
    const drawTable = () =>
      tableHolder.replaceChildren(
        result.rows.length === 0
          ? h('p', { class: 'help' }, t.noRows)
          : renderTable(result.columns, result.rows, lang, t, this.sort, (sort) => {
              this.sort = sort;
              drawTable();
              tableHolder.querySelectorAll<HTMLButtonElement>('th button')[sort.column]?.focus();
            }),
      );
    drawTable();
    const csvError = h('span', { class: 'inline-error', role: 'alert' });
    const copyStatus = h('span', { class: 'copy-status', role: 'status', 'data-testid': 'copy-status' });
    const analysis = result.analysis;
    const same = (q: string) => q.trim().toLowerCase() === this.question.trim().toLowerCase();
    const suggestions = analysis?.suggested_questions.filter((q) => !same(q)) ?? [];
    return h(
      'section',
      { class: 'answer', 'data-testid': 'answer' },
      h('h3', { class: 'headline', 'data-testid': 'headline' }, this.headline()),
      h(
        'p',
        { class: 'meta', 'data-testid': 'answer-meta' },
        `${t.answeredBy(result.planner, ms, result.cached)} · ${t.rows(result.row_count)}`,
      ),
      chart &&
        h(
          'figure',
          { class: 'chart' },
          h('figcaption', { class: 'visually-hidden' }, t.chart),
          chart.element,
        ),
      h(
        'div',
        { class: 'table-tools' },
        h('h4', {}, t.table),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            'data-testid': 'download-csv',
            onclick: async () => {
              csvError.textContent = '';
              try {
                const { blob, filename } = await this.ctx.client.csv(this.jobId!);
                saveFile(blob, filename);
              } catch (err) {
                csvError.textContent = describeFailure(
                  err instanceof ApiFailure ? err.failure : { kind: 'network' },
                  lang,
                ).title;
              }
            },
          },
          t.downloadCsv,
        ),
        csvError,
      ),
      tableHolder,
      result.truncated && h('p', { class: 'help' }, t.truncated(result.row_count)),
      result.sql &&
        h(
          'details',
          { class: 'sql', 'data-testid': 'sql' },
          h('summary', {}, t.showSql),
          h('pre', {}, h('code', { 'data-testid': 'sql-text' }, result.sql)),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary small',
              'data-testid': 'copy-sql',
              onclick: async () => {
                copyStatus.textContent = (await copyText(result.sql)) ? t.copied : t.copyFailed;
              },
            },
            t.copy,
          ),
          copyStatus,
        ),
      analysis &&
        analysis.insights.length > 0 &&
        h(
          'section',
          { class: 'insights', 'data-testid': 'insights' },
          h('h4', {}, t.insights),
          h(
            'ul',
            {},
            ...analysis.insights.map((insight) =>
              h(
                'li',
                {},
                h(
                  'span',
                  { class: `significance ${insight.significance.toLowerCase()}` },
                  t.significance[insight.significance],
                ),
                h('strong', {}, insight.title),
                insight.description && insight.description !== insight.title
                  ? ` — ${insight.description}`
                  : '',
              ),
            ),
          ),
        ),
      suggestions.length > 0 &&
        h(
          'section',
          { class: 'suggested', 'data-testid': 'suggested' },
          h('h4', {}, t.suggested),
          h(
            'ul',
            {},
            ...suggestions.map((q) =>
              h(
                'li',
                {},
                h('button', { type: 'button', class: 'suggestion', onclick: () => this.ctx.ask(q) }, q),
              ),
            ),
          ),
        ),
    );
  }

  private async cancel(): Promise<void> {
    if (!this.jobId || this.finished) return;
    this.cancelling = true;
    this.updateProgress();
    try {
      await this.ctx.client.cancel(this.jobId);
    } catch (err) {
      this.cancelling = false;
      this.fail(err);
    }
  }
}
