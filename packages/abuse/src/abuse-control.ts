import type { AbuseWarning, Caller, Language } from '@pa/contracts';
import { abuseWarning, warningLanguage } from './abuse-messages.js';
import type { ViolationSignal } from './classify-violation.js';
import { detectInjection } from './detect-injection.js';
import type { ViolationLedger } from './violation-ledger.js';

export interface ViolationContext {
  /** The job the question became: a question counts once, whoever sees it first. */
  id: string;
  caller: Pick<Caller, 'tenant' | 'user_id' | 'role'>;
  question: string;
}

/**
 * Abuse control as the API and the worker use it: screen a question's text,
 * count a signal against its asker, and say so in the asker's language.
 */
export class AbuseControl {
  constructor(readonly ledger: ViolationLedger) {}

  /** The API's check at submission: a prompt-injection pattern is counted and warned about. */
  async screenQuestion(ctx: ViolationContext): Promise<AbuseWarning | null> {
    const finding = detectInjection(ctx.question, ctx.caller);
    if (!finding) return null;
    const language = finding.language === 'any' ? warningLanguage(ctx.question) : finding.language;
    return this.record(ctx, { kind: 'prompt_injection', category: finding.category }, language);
  }

  /** Counts one signal against the asker and returns the warning to show them. */
  async record(ctx: ViolationContext, signal: ViolationSignal, language: Language): Promise<AbuseWarning> {
    const outcome = await this.ledger.record({
      id: ctx.id,
      offender: { tenant: ctx.caller.tenant, user_id: ctx.caller.user_id },
      kind: signal.kind,
      category: signal.category,
      question: ctx.question,
    });
    const { policy } = this.ledger;
    return abuseWarning(
      {
        ...signal,
        violations: outcome.violations,
        threshold: policy.threshold,
        windowSeconds: policy.windowSeconds,
        banSeconds: policy.banSeconds,
        bannedUntil: outcome.bannedUntil,
      },
      language,
    );
  }
}
