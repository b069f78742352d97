import { INJECTION_VOCABULARY, type InjectionCategory, type InjectionClass } from './injection-vocabulary.js';
import { screeningText } from './screening-text.js';

export interface InjectionFinding {
  category: InjectionCategory;
  /** The language of the pattern that matched (`any` for SQL payloads and prompt markup). */
  language: InjectionClass['language'];
  /** The normalized text the pattern matched, for the log and the admin list. */
  match: string;
}

/** Who asks, as far as screening cares: an administrator may ask about every bank. */
export interface ScreeningCaller {
  role: 'analyst' | 'admin';
}

/** A word boundary in any script: JavaScript's `\b` only knows ASCII letters. */
const BOUNDARY = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';

function compile(source: string, squashed: boolean): RegExp {
  let s = source.replaceAll('{w}', '\\p{L}*');
  if (squashed) {
    // Spaced-out letters lose their word breaks: "ignoreallpreviousinstructions".
    s = s.replaceAll('{gap}', '\\p{L}{0,30}?').replaceAll('\\b', '').replaceAll(' ', '');
  } else {
    s = s.replaceAll('{gap}', '(?:[^ ]+ ){0,4}').replaceAll('\\b', BOUNDARY);
  }
  return new RegExp(s, 'u');
}

interface CompiledClass {
  entry: InjectionClass;
  patterns: RegExp[];
  squashed: RegExp[];
}

let compiled: CompiledClass[] | null = null;

/** Compiled once, on first use (importing this module does no work). */
function vocabulary(): CompiledClass[] {
  compiled ??= INJECTION_VOCABULARY.map((entry) => ({
    entry,
    patterns: entry.patterns.map((p) => compile(p, false)),
    squashed: entry.form === 'sql' ? [] : entry.patterns.map((p) => compile(p, true)),
  }));
  return compiled;
}

/**
 * The first class of prompt injection or jailbreak the question belongs to, or
 * null. Pure and cheap (a few dozen regular expressions over at most 2 000
 * characters), so the API runs it on every submission and the worker again on
 * every job. `other_banks` does not count for an administrator, who may see every bank.
 */
export function detectInjection(question: string, caller?: ScreeningCaller): InjectionFinding | null {
  const text = screeningText(question);
  for (const { entry, patterns, squashed } of vocabulary()) {
    if (entry.category === 'other_banks' && caller?.role === 'admin') continue;
    const subject = entry.form === 'sql' ? text.sql : text.words;
    for (const pattern of patterns) {
      const m = pattern.exec(subject);
      if (m) return { category: entry.category, language: entry.language, match: m[0].trim() };
    }
    for (const run of text.squashed) {
      for (const pattern of squashed) {
        const m = pattern.exec(run);
        if (m) return { category: entry.category, language: entry.language, match: m[0] };
      }
    }
  }
  return null;
}
