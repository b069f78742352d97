import {
  type AbuseControl,
  detectInjection,
  guardViolation,
  refusalViolation,
  type ViolationSignal,
  warningLanguage,
} from '@pa/abuse';
import { type AbuseWarning, type Language, languageSchema } from '@pa/contracts';
import { PipelineError } from '@pa/pipeline';
import type { QuestionJobData } from '@pa/queue';

/**
 * A question that reads as prompt injection is not planned at all: no model
 * sees it. The API counted it already at submission (it counts once per job);
 * checking again here covers jobs however they were queued.
 */
export function refuseInjection(data: QuestionJobData): PipelineError | null {
  const finding = detectInjection(data.question, data.caller);
  if (!finding) return null;
  const language = finding.language === 'any' ? warningLanguage(data.question) : finding.language;
  return new PipelineError(
    'refused',
    language === 'en'
      ? 'This question was refused as an attempt to misuse the service.'
      : language === 'ru'
        ? 'Вопрос отклонён как попытка злоупотребления сервисом.'
        : 'Сұрақ сервисті теріс пайдалану әрекеті ретінде қабылданбады.',
    false,
    { language },
    { category: finding.category },
  );
}

/** Which signal, if any, a final failure gives against the asker. */
export function violationOf(failure: PipelineError): ViolationSignal | null {
  switch (failure.code) {
    case 'refused':
      return {
        kind: 'prompt_injection',
        category: (failure.details as { category?: string } | undefined)?.category ?? 'prompt_injection',
      };
    case 'unanswerable':
      return refusalViolation(failure.context.refusal);
    case 'rejected_sql':
      return guardViolation(failure.context.guardReasons ?? []);
    default:
      return null;
  }
}

/**
 * Counts a violating failure against the asker and returns the warning for the
 * job's error. A Redis failure costs the warning, never the job's answer.
 */
export async function warnAbuse(
  abuse: AbuseControl | undefined,
  jobId: string,
  data: QuestionJobData,
  failure: PipelineError,
  onError: (err: unknown) => void,
): Promise<AbuseWarning | undefined> {
  const signal = violationOf(failure);
  if (!abuse || !signal) return undefined;
  const detected = languageSchema.safeParse(failure.context.language);
  const language: Language = detected.success ? detected.data : warningLanguage(data.question);
  try {
    return await abuse.record({ id: jobId, caller: data.caller, question: data.question }, signal, language);
  } catch (err) {
    onError(err);
    return undefined;
  }
}
