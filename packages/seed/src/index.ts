export { type CardPseudonymizer, cardPseudonym, loadCardPseudonymizer } from './card-pseudonym.js';
export {
  type DayPlan,
  DEFAULT_MONTHS,
  type GenerateOptions,
  generateTransactions,
  planDays,
} from './generate-transactions.js';
export {
  type ImportIssue,
  type ImportOptions,
  type ImportProgress,
  type ImportResult,
  importTransactionsCsv,
} from './import-csv.js';
export { createProgressBar, formatCount, formatDuration } from './progress-bar.js';
export {
  type LoadPhase,
  type LoadProgress,
  type SeedOptions,
  type SeedResult,
  seedTransactions,
  TransactionsNotEmptyError,
} from './seed-transactions.js';
export { TRANSACTIONS_WRITE_LOCK } from './staging-load.js';
export { type TopUpOptions, type TopUpResult, topUpTransactions } from './top-up-transactions.js';
export * from './transaction-schema.js';
