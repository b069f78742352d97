import type { Language } from '@pa/contracts';
import type { PlanContext, PlannedQuery, Planner, PlanRequest } from '@pa/planner';
import { buildSql } from './build-sql.js';
import { completeFrame, mergeFollowUp } from './complete-frame.js';
import { type ContextPart, contextItems, contextSplits, isContext } from './context-split.js';
import { withoutCourtesy } from './courtesy.js';
import { type DetectedLanguage, detectLanguage, hasLetters } from './detect-language.js';
import type { Draft } from './draft.js';
import { type Frame, readFrame } from './frame.js';
import { interpret } from './interpret.js';
import { lexItems } from './lexicon.js';
import {
  clarifyMessage,
  contextNote,
  describeFrame,
  greetingMessage,
  type RefusalReason,
  refusalMessage,
  typoNote,
} from './messages.js';
import { endsWithQuestionMark, tokenize } from './tokenize.js';

export interface BuiltinPlannerOptions {
  /** Rows for a plural "top" question without a number ("top categories by amount"); default 10. */
  defaultTopLimit?: number;
}

/** The builtin planner's verdict on one question. */
export type Understanding =
  | { kind: 'sql'; frame: Frame; sql: string; explanation: string; followUp: boolean }
  | { kind: 'clarify'; message: string; reason: string }
  | { kind: 'refuse'; message: string; reason: RefusalReason }
  | { kind: 'chat'; message: string; reason: 'greeting' };

export type UnderstandContext = Pick<PlanContext, 'now' | 'timeZone' | 'previous'>;

const DEFAULT_CONTEXT: UnderstandContext = { now: new Date(0), timeZone: 'Asia/Almaty', previous: [] };

function messageLanguage(question: string, fallback: Language | undefined): DetectedLanguage {
  if (!hasLetters(question) && fallback) return fallback;
  return detectLanguage(question);
}

/** The frame of the last turn, if the builtin planner understood it. */
function previousFrame(context: UnderstandContext): Frame | null {
  const last = context.previous.at(-1);
  return last ? readFrame(last.frame) : null;
}

/**
 * A question continues the previous one when it opens or points back like a follow-up ("and…",
 * "is that"), names nothing to compute, or names only what to compute: "how many cards was that?",
 * «қанша карта?», "as a share of the total" after "Spend by category in November" are about those
 * payments, not about every payment ever made.
 */
function isFollowUp(draft: Draft, previous: Frame | null): previous is Frame {
  const content = draft.anyContent || draft.pointsBack || draft.tengeUnit || draft.filters.length > 0;
  if (!previous || !content) return false;
  const ownSubject = draft.filters.length > 0 || draft.times.length > 0 || draft.dimensions.length > 0;
  // "… share of all POS purchases?": a share that names only its whole is a share of the last answer.
  const wholeOnly =
    draft.share &&
    draft.times.length === 0 &&
    draft.dimensions.length === 0 &&
    draft.filters.every((f) => f.role === 'base');
  // «в какой час пик?» after counts by hour, "which city was top?" after amounts by city: a ranking of
  // the rows just shown, with no period or filter of its own.
  const hour = (d: string) => (d === 'hour' ? 'hour_of_day' : d);
  const sameRows =
    draft.times.length === 0 &&
    draft.filters.length === 0 &&
    draft.dimensions.length > 0 &&
    draft.dimensions.every((d) => previous.dimensions.includes(hour(d) as Frame['dimensions'][number]));
  return draft.followUp || draft.measures.length === 0 || !ownSubject || wholeOnly || sameRows;
}

/**
 * Understands one question: refuse (destructive, personal data, off-topic), chat (a greeting),
 * clarify (about the data but not fully understood) or a frame with its SQL. Never guesses: any word
 * it does not know makes it ask back.
 */
export function understandQuestion(
  question: string,
  context: UnderstandContext = DEFAULT_CONTEXT,
  options: BuiltinPlannerOptions & { language?: Language } = {},
): Understanding {
  const whole = understandWhole(question, context, options);
  // (A question that points back at an answer there is not is not a question with context around it —
  // unless the word pointing back stands in an aside after it, "…. Это для заявки.", which the split
  // below sets aside only there: what is answered must be whole without it.)
  const askedBack = whole.kind === 'clarify' || (whole.kind === 'refuse' && whole.reason === 'destructive');
  if (!askedBack) return whole;
  // A lead-in or an aside of context around a whole question: answered without it, and said so.
  // (A lead-in is tried with each aside after it, and an aside with each lead-in: each part read once.)
  const read = new Map<string, ReturnType<typeof contextItems>>();
  const itemsOf = (p: ContextPart) => {
    const key = `${p.signature === true}:${p.unmarked === true}:${p.text}`;
    const known = read.get(key);
    if (known !== undefined) return known;
    const items = contextItems(p.text, p.signature === true, p.unmarked === true);
    read.set(key, items);
    return items;
  };
  for (const split of contextSplits(question)) {
    const items = split.parts.map(itemsOf);
    if (items.some((i) => i === null)) continue;
    const part = understandWhole(split.question, context, options);
    if (part.kind !== 'sql') continue;
    if (!split.parts.every((p, k) => isContext(items[k]!, part.frame, p.leading))) continue;
    const lang = messageLanguage(question, options.language);
    const note = contextNote(
      split.parts.map((p) => p.text),
      lang,
    );
    return { ...part, explanation: `${part.explanation} ${note}` };
  }
  // A letter around the question (courtesy.ts): its sentences of courtesy set aside, the rest read again
  // — with its own lead-in and aside.
  const plain = withoutCourtesy(question);
  if (plain !== null) {
    const read = understandQuestion(plain, context, options);
    if (read.kind === 'sql') return read;
  }
  return whole;
}

function understandWhole(
  question: string,
  context: UnderstandContext,
  options: BuiltinPlannerOptions & { language?: Language },
): Understanding {
  const lang = messageLanguage(question, options.language);
  // «тек Шымкент» (only Shymkent) has no letter of its own to say it is Kazakh: after a Kazakh
  // question, a follow-up is read with the Kazakh vocabulary too.
  const kazakh = detectLanguage(question) === 'kk' || previousFrame(context)?.language === 'kk';
  const items = lexItems(tokenize(question), undefined, { kazakh });
  const draft = interpret(items, {
    now: context.now,
    timeZone: context.timeZone,
    ...(endsWithQuestionMark(question) ? { questionMark: true as const } : {}),
  });

  if (draft.flags.destructive)
    return { kind: 'refuse', reason: 'destructive', message: refusalMessage('destructive', lang) };
  if (draft.flags.personal)
    return { kind: 'refuse', reason: 'personal', message: refusalMessage('personal', lang) };
  if (draft.flags.forecast)
    return { kind: 'refuse', reason: 'forecast', message: refusalMessage('forecast', lang) };
  if (draft.flags.notHeld)
    return { kind: 'refuse', reason: 'not_held', message: refusalMessage('not_held', lang) };
  if (draft.flags.offTopic)
    return { kind: 'refuse', reason: 'off_topic', message: refusalMessage('off_topic', lang) };
  if (draft.flags.greeting && !draft.anyContent)
    return { kind: 'chat', reason: 'greeting', message: greetingMessage(lang) };

  const previous = previousFrame(context);
  const followUp = isFollowUp(draft, previous);
  if (!followUp && !draft.domain) {
    if (draft.anyContent || draft.followUp) {
      return {
        kind: 'clarify',
        reason: 'missing_measure',
        message: clarifyMessage({ kind: 'missing_measure' }, lang),
      };
    }
    return { kind: 'refuse', reason: 'not_data', message: refusalMessage('not_data', lang) };
  }

  // "how many cards was that?" with no earlier answer of the builtin planner to point back at: never
  // answered about every payment there is.
  if (draft.pointsBack && !followUp)
    return { kind: 'clarify', reason: 'no_previous', message: clarifyMessage({ kind: 'no_previous' }, lang) };
  const merged = followUp ? mergeFollowUp(previous, draft) : draft;
  const frameLanguage: Frame['language'] = lang;
  const completion = completeFrame(merged, {
    language: frameLanguage,
    now: context.now,
    ...(options.defaultTopLimit !== undefined ? { defaultTopLimit: options.defaultTopLimit } : {}),
  });
  if (!completion.ok) {
    const issue = completion.issues[0];
    return { kind: 'clarify', reason: issue?.kind ?? 'unknown', message: clarifyMessage(issue, lang) };
  }
  const frame = completion.frame;
  const corrected = items.flatMap((item) => (item.kind === 'meaning' ? (item.typos ?? []) : []));
  const explanation = [
    describeFrame(frame),
    ...corrected.map(([typo, word]) => typoNote(typo, word, lang)),
    ...(merged.context ? [contextNote(merged.context, lang)] : []),
  ].join(' ');
  return { kind: 'sql', frame, sql: buildSql(frame), explanation, followUp };
}

/**
 * True when the builtin planner fully understands the question (so a service configured with an LLM
 * can answer it on the fast path without calling the model).
 */
export function understands(question: string, context: Partial<UnderstandContext> = {}): boolean {
  const full: UnderstandContext = { ...DEFAULT_CONTEXT, now: new Date(), ...context };
  return understandQuestion(question, full).kind === 'sql';
}

/** The deterministic English/Russian/Kazakh planner: question → frame → one SELECT over `transactions`. */
export function createBuiltinPlanner(options: BuiltinPlannerOptions = {}): Planner {
  const base = { planner: 'builtin', provider: 'builtin', model: null } as const;
  return {
    name: 'builtin',
    async plan(request: PlanRequest): Promise<PlannedQuery> {
      const result = understandQuestion(request.question, request.context, {
        ...options,
        language: request.language,
      });
      if (result.kind === 'sql') {
        return {
          ...base,
          kind: 'sql',
          sql: result.sql,
          explanation: result.explanation,
          frame: result.frame,
        };
      }
      // Not understood: no SQL; the frame only says why (it never validates as a follow-up base).
      return {
        ...base,
        kind: result.kind,
        message: result.message,
        frame: { confident: false, reason: result.reason },
      };
    },
  };
}
