import { detectLanguage } from './detect-language.js';
import { type Item, lexItems } from './lexicon.js';
import type { Meaning } from './meaning.js';
import { tokenize } from './tokenize.js';
import {
  ADDRESS_WORDS,
  APOLOGY_FOR,
  APOLOGY_WORDS,
  COURTESY_ANCHORS,
  COURTESY_NOT_TIME,
  COURTESY_PHRASES,
  COURTESY_WORDS,
  MAX_SIGN_OFF_NAME_WORDS,
  MAX_SIGNATURE_BLOCK_WORDS,
  SIGN_OFF_BEFORE_NAME,
  WISH_ANCHORS,
} from './vocabulary/index.js';

/**
 * A question written as a letter: greetings, wishes, thanks and a signature around it ("Hi team, I hope
 * your week is going well. … what was …? Many thanks in advance! Kind regards, Olivia"). A sentence
 * made only of courtesies says nothing the plan could use, so it is set aside whole and the rest is
 * read on its own (with the context splitter's lead-ins and asides, context-split.ts).
 *
 * A sentence is a courtesy only when every word of it is one: a greeting, a word of the courtesy
 * vocabulary, a stop word; the reader's week or day after a wish ("hope your week is going well"); the
 * object of an apology ("sorry for the long e-mail chain"); a name after a sign-off at the end. Any
 * word the vocabulary reads as data — a value, a measure, a number, a period said with "this" or "last"
 * — keeps the sentence in the question.
 */

/**
 * The meanings that say when: only a wish's "your week" may stand in a courtesy. ("this" and "last" are
 * not among them: said with a period they keep the sentence — `dated` below — and alone "this" is a
 * pronoun of the courtesy, "looking into this".)
 */
const TIME_KINDS: ReadonlySet<Meaning['kind']> = new Set<Meaning['kind']>([
  'timeUnit',
  'weekdayFilter',
  'dayPart',
  'relativeDay',
  'period',
  'monthName',
  'quarterName',
  'halfName',
  'seasonName',
  'allTime',
]);

function matches(word: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? word.startsWith(p.slice(0, -1)) : word === p));
}

/** The words of an item as typed (a typo read as a vocabulary word is judged as written). */
function typedWords(item: Item): string[] {
  const typed = new Map(item.typos ?? []);
  const read = new Map([...typed].map(([t, r]) => [r, t]));
  return item.text.split(' ').map((w) => read.get(w) ?? w);
}

const isCourtesyWord = (w: string) => matches(w, COURTESY_WORDS) || matches(w, COURTESY_ANCHORS);

/**
 * Whether one sentence is a courtesy only; `last`: it ends the letter (a name may sign it); `first`: it
 * opens the letter (a name may be addressed).
 */
export function isCourtesy(sentence: string, last: boolean, first = false): boolean {
  let text = sentence.toLowerCase();
  // (A courtesy the lexicon would read as a figure, "thanks a million", "have a good one", stands as one
  // word of thanks: an anchor, and no number left in the sentence.)
  for (const p of COURTESY_PHRASES) text = text.replaceAll(p, ' thanks ');
  const items = lexItems(tokenize(text), undefined, { kazakh: detectLanguage(sentence) === 'kk' });
  if (items.length === 0) return false;
  const words = items.map(typedWords);
  const anchored = items.some(
    (item, at) =>
      (item.kind === 'meaning' && item.meaning.kind === 'greeting') ||
      words[at]!.some((w) => matches(w, COURTESY_ANCHORS)),
  );
  if (!anchored) return false;
  const dated = items.some(
    (i) =>
      i.kind === 'number' ||
      i.kind === 'date' ||
      (i.kind === 'meaning' && i.meaning.kind === 'periodModifier'),
  );
  let wished = false;
  let signedAt = -1;
  return items.every((item, at) => {
    const ws = words[at]!;
    if (ws.some((w) => matches(w, WISH_ANCHORS))) wished = true;
    if (ws.some((w) => matches(w, SIGN_OFF_BEFORE_NAME))) signedAt = at;
    if (item.kind === 'number' || item.kind === 'date') return false;
    if (
      item.kind === 'stop' ||
      (item.kind === 'meaning' && ['greeting', 'conjunction'].includes(item.meaning.kind))
    )
      return true;
    if (item.kind === 'meaning' && TIME_KINDS.has(item.meaning.kind))
      return COURTESY_NOT_TIME.includes(item.text) || (wished && !dated && ws.every(isCourtesyWord));
    if (ws.every(isCourtesyWord)) return true;
    // The name addressed at the start: "Hi Sarah,", «Уважаемый Тимур Маратович!», «Здравствуйте, Дина!».
    if (first && item.kind === 'unknown' && addressed(items, words)) return true;
    // A name after the sign-off ends the letter: "Kind regards, Olivia".
    if (
      last &&
      signedAt >= 0 &&
      item.kind === 'unknown' &&
      items.length - signedAt - 1 <= MAX_SIGN_OFF_NAME_WORDS
    )
      return items.slice(at).every((i) => i.kind === 'unknown');
    // What an apology is for: "sorry for the long e-mail chain".
    return item.kind === 'unknown' && apologyFor(items, words, at);
  });
}

/** A word of address and at most a name's words the vocabulary does not know. */
function addressed(items: readonly Item[], words: readonly string[][]): boolean {
  const address = words.some((ws) => ws.some((w) => matches(w, ADDRESS_WORDS)));
  return address && items.filter((i) => i.kind === 'unknown').length <= MAX_SIGN_OFF_NAME_WORDS;
}

/** An apology word, then "for" / «за», before this word: it names what the apology is for. */
function apologyFor(items: readonly Item[], words: readonly string[][], at: number): boolean {
  const forAt = items.findIndex((i, k) => k < at && APOLOGY_FOR.includes(i.text));
  if (forAt < 0) return false;
  return words.slice(0, forAt).some((ws) => ws.some((w) => matches(w, APOLOGY_WORDS)));
}

/**
 * The letter's sentences: each line, and within it each sentence ending with ".", "!", "?" or "…" before
 * a capital letter.
 */
function sentences(question: string): string[] {
  return question
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?…])\s+(?=[\p{Lu}\d«"'“(])/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Words of a sentence, as the letter wrote them. */
const wordsOf = (s: string) => s.split(/[\s,.;:!?()«»"“”]+/u).filter((w) => w.length > 0);

/**
 * The signature block after the last sign-off ("Kind regards,\nSamat Yerlanov\nAcquiring Pricing"): short,
 * with no number and nothing asked.
 */
function signatureBlock(rest: readonly string[]): boolean {
  const text = rest.join(' ');
  if (rest.length === 0 || /[\d?]/.test(text) || wordsOf(text).length > MAX_SIGNATURE_BLOCK_WORDS)
    return false;
  // (It opens with the name — "Samat Yerlanov", «Анна Ким, отдел …» — never with a request: "Thanks in
  // advance. Split by city please" keeps its split.)
  return nameAlone(rest[0]!.split(',')[0]!);
}

/**
 * A name alone ending the letter ("… по каждому банку-эмитенту. Гульмира Токтарова"): at most three
 * capitalised words, none of which the vocabulary knows.
 */
function nameAlone(sentence: string): boolean {
  const words = wordsOf(sentence);
  if (words.length === 0 || words.length > MAX_SIGN_OFF_NAME_WORDS) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const items = lexItems(tokenize(sentence), undefined, { kazakh: detectLanguage(sentence) === 'kk' });
  return items.every((i) => i.kind === 'unknown');
}

/** A courtesy that signs off ("Kind regards,", «С уважением,», «Спасибо,»): a block may follow it. */
function signsOff(sentence: string): boolean {
  return wordsOf(sentence.toLowerCase()).some((w) => matches(w, SIGN_OFF_BEFORE_NAME));
}

/** The question without its sentences of courtesy, or null when it has none (or nothing else). */
export function withoutCourtesy(question: string): string | null {
  const all = sentences(question);
  const courtesy = all.map((s, k) => isCourtesy(s, k === all.length - 1, k === 0));
  // After the last sign-off, the signature: a name and a team, on lines of their own or after it.
  const signOff = courtesy.findLastIndex((c, k) => c && signsOff(all[k]!));
  if (signOff >= 0 && signatureBlock(all.slice(signOff + 1)))
    for (let k = signOff + 1; k < all.length; k++) courtesy[k] = true;
  // A name alone at the end of a letter with courtesies besides.
  const last = all.length - 1;
  if (last > 0 && !courtesy[last] && courtesy.some((c) => c) && nameAlone(all[last]!)) courtesy[last] = true;
  const kept = all.filter((_, k) => !courtesy[k]);
  if (kept.length === all.length || kept.length === 0) return null;
  return kept.join(' ');
}
