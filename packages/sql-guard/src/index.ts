export { type GuardResult, guardSql } from './guard.js';
export { GuardNotLoadedError, loadGuard } from './parser.js';
export { defaultGuardPolicy, type GuardPolicy } from './policy.js';
