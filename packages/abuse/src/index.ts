export { AbuseControl, type ViolationContext } from './abuse-control.js';
export { abuseWarning, banMessage, warningLanguage } from './abuse-messages.js';
export { guardViolation, refusalViolation, type ViolationSignal } from './classify-violation.js';
export { detectInjection, type InjectionFinding, type ScreeningCaller } from './detect-injection.js';
export type { InjectionCategory } from './injection-vocabulary.js';
export {
  type AbusePolicy,
  type ActiveBan,
  abusePolicy,
  type Offender,
  type RecordedViolation,
  ViolationLedger,
} from './violation-ledger.js';
