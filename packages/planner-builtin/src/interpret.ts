import type { Draft, InterpretEnv } from './draft.js';
import type { Item } from './lexicon.js';
import { readAbsent, settleAbsent } from './passes/absent.js';
import { readAmountBands } from './passes/amount-bands.js';
import { readAmountFilters } from './passes/amount-filters.js';
import { readAmountUnit, settleAmountUnit } from './passes/amount-unit.js';
import { readBareMcc } from './passes/bare-mcc.js';
import { readBreakdownOrder } from './passes/breakdown-order.js';
import { readCalendarDates } from './passes/calendar-dates.js';
import { readCardWords } from './passes/card-words.js';
import { readChangeSign } from './passes/change-sign.js';
import { readColumnOrder, settleColumnOrder } from './passes/column-order.js';
import { readComparedValues } from './passes/compared-values.js';
import { readCountedPeople } from './passes/counted-people.js';
import { readCountedPeriods } from './passes/counted-periods.js';
import { readCountedThings } from './passes/counted-things.js';
import { checkCoverage } from './passes/coverage.js';
import { readDateWeekdays } from './passes/date-weekdays.js';
import { readDeclined } from './passes/declined.js';
import { readDimensions, settleWeekdayDays } from './passes/dimensions.js';
import { readDirection } from './passes/direction.js';
import { readDistinctPlaces } from './passes/distinct-places.js';
import { readDrillLevels } from './passes/drill-levels.js';
import { readFigureLabel } from './passes/figure-label.js';
import { readFirstLast } from './passes/first-last.js';
import { readFlags } from './passes/flags.js';
import { readGroupConditions } from './passes/group-conditions.js';
import { readHistogram } from './passes/histogram.js';
import { readHourRanges } from './passes/hour-ranges.js';
import { readIsoWeeks } from './passes/iso-weeks.js';
import { readColumnList, readLabelsOnly } from './passes/labels-only.js';
import { readLeadingUnits } from './passes/leading-units.js';
import { readListMode } from './passes/list-mode.js';
import { readListedCount } from './passes/listed-count.js';
import { readMeasureChecks, settlePercentAmounts } from './passes/measure-checks.js';
import { readMeasureList } from './passes/measure-list.js';
import { readMeasures } from './passes/measures.js';
import { readMonthDays } from './passes/month-days.js';
import { readMonthParts, settleMonthParts } from './passes/month-parts.js';
import { resolveNegation } from './passes/negation.js';
import { readNumberingNotes } from './passes/numbering-notes.js';
import { readNumbers } from './passes/numbers.js';
import { readOnePayment } from './passes/one-payment.js';
import { readOriginalAmount } from './passes/original-amount.js';
import { readPerCard } from './passes/per-card.js';
import { readPerMerchant } from './passes/per-merchant.js';
import { readPerPeriod } from './passes/per-period.js';
import { readPeriodOverlap } from './passes/period-overlap.js';
import { readPeriodPronouns, settlePeriodAdjectives } from './passes/period-pronouns.js';
import { readPlaceOfValue, readPositions } from './passes/positions.js';
import { readRankLimit } from './passes/rank-limit.js';
import { readRatioDefinition, settleRatioDefinition } from './passes/ratio-definitions.js';
import { readRatioFigures } from './passes/ratio-figures.js';
import { type Pass, startReading } from './passes/reading.js';
import { readRecords, readRussianRecords } from './passes/records.js';
import { readRelativePeriods } from './passes/relative-periods.js';
import { readRepeatedQuestion } from './passes/repeated-question.js';
import { readRounding } from './passes/rounding.js';
import { readSecondCount } from './passes/second-count.js';
import { readSeparateConditions } from './passes/separate-conditions.js';
import { settleMeasures } from './passes/settle-measures.js';
import { settlePeriods } from './passes/settle-periods.js';
import { checkPartFigure, readOfWhich, readShare, readTopShare, readWholeBeside } from './passes/share.js';
import { readShareBase, settleShareBase } from './passes/share-base.js';
import { readShareMeasure } from './passes/share-measure.js';
import { readSortBy, readSuperlativeFirst } from './passes/sort-by.js';
import { readSuperlatives } from './passes/superlatives.js';
import { readTengeFilter } from './passes/tenge-filter.js';
import { readTimeBuckets } from './passes/time-buckets.js';
import { readTop } from './passes/top.js';
import { readTurnoverFilters } from './passes/turnover-filters.js';
import { readValueFilters } from './passes/value-filters.js';
import { readValueList } from './passes/value-list.js';

/**
 * The interpretation passes, in order. Each reads the slots the earlier ones left unused, so the order
 * is part of the meaning: numbers before amounts (which take their numbers) before dates (which take
 * what is left), periods before buckets, filters before the column words next to them, measures
 * before superlatives and card words, and the coverage check last.
 */
export const PASSES: readonly (readonly [name: string, pass: Pass])[] = [
  ['bare mcc', readBareMcc],
  ['flags', readFlags],
  ['counted people', readCountedPeople],
  ['month days', readMonthDays],
  ['drill levels', readDrillLevels],
  ['repeated question', readRepeatedQuestion],
  ['ratio definition', readRatioDefinition],
  ['ratio figures', readRatioFigures],
  ['share base', readShareBase],
  ['amount unit', readAmountUnit],
  ['column order', readColumnOrder],
  ['figure label', readFigureLabel],
  ['measure list', readMeasureList],
  ['one payment', readOnePayment],
  ['numbers', readNumbers],
  ['first and last', readFirstLast],
  ['records', readRecords],
  ['russian records', readRussianRecords],
  ['rounding', readRounding],
  ['numbering notes', readNumberingNotes],
  ['declined', readDeclined],
  ['hour ranges', readHourRanges],
  ['amount filters', readAmountFilters],
  ['amount bands', readAmountBands],
  ['original amount', readOriginalAmount],
  ['superlative first', readSuperlativeFirst],
  ['top', readTop],
  ['leading units', readLeadingUnits],
  ['date weekdays', readDateWeekdays],
  ['iso weeks', readIsoWeeks],
  ['month parts', readMonthParts],
  ['calendar dates', readCalendarDates],
  ['settle month parts', settleMonthParts],
  ['relative periods', readRelativePeriods],
  ['time buckets', readTimeBuckets],
  ['settle periods', settlePeriods],
  ['settle period adjectives', settlePeriodAdjectives],
  ['sort by', readSortBy],
  ['period overlap', readPeriodOverlap],
  ['absent', readAbsent],
  ['negation', resolveNegation],
  ['value filters', readValueFilters],
  ['distinct places', readDistinctPlaces],
  ['direction', readDirection],
  ['list mode', readListMode],
  ['listed count', readListedCount],
  ['separate conditions', readSeparateConditions],
  ['dimensions', readDimensions],
  ['counted periods', readCountedPeriods],
  ['group conditions', readGroupConditions],
  ['counted things', readCountedThings],
  ['compared values', readComparedValues],
  ['second count', readSecondCount],
  ['measure checks', readMeasureChecks],
  ['settle percent amounts', settlePercentAmounts],
  ['measures', readMeasures],
  ['superlatives', readSuperlatives],
  ['card words', readCardWords],
  ['value list', readValueList],
  ['settle absent', settleAbsent],
  ['settle measures', settleMeasures],
  ['per card', readPerCard],
  ['per merchant', readPerMerchant],
  ['per period', readPerPeriod],
  ['settle weekday days', settleWeekdayDays],
  ['settle ratio definition', settleRatioDefinition],
  ['place of a value', readPlaceOfValue],
  ['positions', readPositions],
  ['rank limit', readRankLimit],
  ['histogram', readHistogram],
  ['tenge filter', readTengeFilter],
  ['share', readShare],
  ['share part figure', checkPartFigure],
  ['top share', readTopShare],
  ['labels only', readLabelsOnly],
  ['column list', readColumnList],
  ['of which', readOfWhich],
  ['whole beside', readWholeBeside],
  ['change sign', readChangeSign],
  ['settle share base', settleShareBase],
  ['period pronouns', readPeriodPronouns],
  ['turnover filters', readTurnoverFilters],
  ['breakdown order', readBreakdownOrder],
  ['coverage', checkCoverage],
  // (After the coverage check, which may add a figure shown beside the share: «с количеством операций».)
  ['share measure', readShareMeasure],
  // (After the coverage check, which may take a measure from "banks with the sum of …".)
  ['settle amount unit', settleAmountUnit],
  // (After the coverage check, which lays "in one row" out side by side.)
  ['settle column order', settleColumnOrder],
];

/**
 * Interprets the lexed items of one question: the passes in order. Pure; `env` only dates year-less
 * points. The reading is this function's own, so each pass works on it in place (`step`) instead of
 * copying it once per pass; the result is the same as `PASSES.reduce((r, [, pass]) => pass(r), start)`.
 */
export function interpret(items: readonly Item[], env: InterpretEnv): Draft {
  const reading = startReading(items, env);
  for (const [, pass] of PASSES) pass.step(reading);
  return reading.draft;
}
