/**
 * Deterministic synthetic transactions. Rows are generated one local day at a
 * time: a day's rows depend only on (seed, day, number of rows that day), so
 * the same seed reproduces the same data and a top-up can continue a day
 * with the same machinery.
 */
import {
  dayWeight,
  ECOM_AMOUNT_FACTOR,
  fxRate,
  isSalaryDay,
  TYPE_SHAPES,
  typeWeights,
} from './data-shape.js';
import { calendarOf, localDayOf, localDayStart, monthsBefore } from './local-time.js';
import { Random, WeightedPicker } from './random.js';
import type { Cardholder, Merchant, SyntheticWorld } from './synthetic-world.js';
import { syntheticWorld } from './synthetic-world.js';
import {
  CURRENCY_COUNTRY,
  formatTransactionId,
  type PosEntryMode,
  type TransactionRow,
  type TransactionType,
  type WalletType,
} from './transaction-schema.js';

export interface GenerateOptions {
  /** Rows over the whole window; the part of the last day after `end` is not generated (see `planDays`). */
  rows: number;
  seed: number;
  /** The newest possible timestamp (usually now). */
  end: Date;
  /** Length of the window in calendar months, ending on end's local day. Default 24. */
  months?: number;
}

export interface DayPlan {
  /** Local (Asia/Almaty) day number. */
  day: number;
  rows: number;
}

export const DEFAULT_MONTHS = 24;
const MAX_MONTHS = 600;

export function validateGenerateOptions(opts: GenerateOptions): Required<GenerateOptions> {
  const months = opts.months ?? DEFAULT_MONTHS;
  if (!Number.isSafeInteger(opts.rows) || opts.rows < 0)
    throw new RangeError(`rows must be a whole number ≥ 0, got ${opts.rows}`);
  if (!Number.isSafeInteger(opts.seed)) throw new RangeError(`seed must be a whole number, got ${opts.seed}`);
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
    throw new RangeError(`months must be a whole number between 1 and ${MAX_MONTHS}, got ${months}`);
  }
  if (!(opts.end instanceof Date) || Number.isNaN(opts.end.getTime()))
    throw new RangeError('end must be a valid Date');
  return { rows: opts.rows, seed: opts.seed, end: opts.end, months };
}

/**
 * How many rows each local day gets: `rows` spread over the full days from
 * `months` months before end's day up to and including end's day, in
 * proportion to `dayWeight` (largest-remainder rounding, so they add up to
 * `rows`). The plan depends on the end *day* only; rows of the last day later
 * than `end` itself are then skipped, so a run later the same day yields a
 * superset of an earlier run's rows.
 */
export function planDays(opts: GenerateOptions): DayPlan[] {
  const { rows, end, months } = validateGenerateOptions(opts);
  const lastDay = localDayOf(end);
  const firstDay = monthsBefore(lastDay, months) + 1;
  const weights: number[] = [];
  let total = 0;
  for (let d = firstDay; d <= lastDay; d++) {
    const w = dayWeight(d);
    weights.push(w);
    total += w;
  }
  const plan: DayPlan[] = [];
  let cumulative = 0;
  let assigned = 0;
  for (let i = 0; i < weights.length; i++) {
    cumulative += weights[i]!;
    const upTo = Math.round((rows * cumulative) / total);
    plan.push({ day: firstDay + i, rows: upTo - assigned });
    assigned = upTo;
  }
  return plan;
}

/** Transactions in time order with ids TXN0000000001, TXN0000000002, …; deterministic for the same options. */
export function* generateTransactions(opts: GenerateOptions): Generator<TransactionRow> {
  const { seed, end } = validateGenerateOptions(opts);
  yield* generatePlannedRows(planDays(opts), {
    seed,
    after: Number.NEGATIVE_INFINITY,
    until: end.getTime(),
    firstId: 1,
  });
}

export interface PlannedRowsOptions {
  seed: number;
  /** Only rows strictly after this instant (ms)… */
  after: number;
  /** …and not after this one. */
  until: number;
  /** Number of the first transaction id. */
  firstId: number;
}

/** The rows of the planned days that fall in (after, until], numbered from firstId in time order. */
export function* generatePlannedRows(
  plan: Iterable<DayPlan>,
  opts: PlannedRowsOptions,
): Generator<TransactionRow> {
  const world = syntheticWorld();
  let id = opts.firstId;
  for (const { day, rows } of plan) {
    if (localDayStart(day + 1) <= opts.after) continue;
    if (localDayStart(day) > opts.until) break;
    for (const row of generateDay(world, opts.seed, day, rows)) {
      const ts = row.transaction_timestamp.getTime();
      if (ts <= opts.after || ts > opts.until) continue;
      row.transaction_id = formatTransactionId(id++);
      yield row;
    }
  }
}

const POS_MODES = new WeightedPicker<PosEntryMode>(['Contactless', 'QR_Code', 'Swipe'], [0.78, 0.12, 0.1]);
/** Kaspi cardholders pay by Kaspi QR much more often. */
const POS_MODES_KASPI = new WeightedPicker<PosEntryMode>(
  ['Contactless', 'QR_Code', 'Swipe'],
  [0.56, 0.38, 0.06],
);
const POS_MODES_ABROAD = new WeightedPicker<PosEntryMode>(['Contactless', 'Swipe'], [0.8, 0.2]);
/** Share of contactless taps by a wallet user that go through the phone rather than the plastic card. */
const WALLET_TAP_SHARE = 0.85;
const HOME_CITY_SHARE = 0.9;

/**
 * All rows of one local day (ids not yet assigned), sorted by time.
 * Depends only on (seed, day, count) and the fixed synthetic world.
 */
export function generateDay(
  world: SyntheticWorld,
  seed: number,
  day: number,
  count: number,
): TransactionRow[] {
  const rng = new Random(seed, day, 0x0da7);
  const dayStart = localDayStart(day);
  const cal = calendarOf(day);
  const weekend = cal.weekday >= 4 && cal.weekday <= 5; // Friday and Saturday evenings out
  const paydayBoost = isSalaryDay(day) || isSalaryDay(day - 1) ? 1.08 : 1;
  const types = WeightedPicker.fromRecord(typeWeights(day));
  const posCategories = weekend ? world.posCategories.weekend : world.posCategories.weekday;
  const rows: TransactionRow[] = new Array(count);

  for (let i = 0; i < count; i++) {
    let type: TransactionType = types.pick(rng);
    let card: Cardholder;
    if (type === 'SALARY' && world.employed.length > 0)
      card = world.employed[rng.int(world.employed.length)]!;
    else {
      if (type === 'SALARY') type = 'P2P_IN';
      card = world.activeCards.pick(rng);
    }
    const city = rng.chance(HOME_CITY_SHARE) ? card.homeCity : world.cities.pick(rng);
    let merchant: Merchant;
    let median: number;
    let sigma: number;
    let mode: PosEntryMode | null = null;
    let wallet: WalletType | null = null;

    switch (type) {
      case 'POS': {
        merchant = world.stores.get(`${posCategories.pick(rng).category}|${city}`)!.pick(rng);
        median = merchant.median * paydayBoost;
        sigma = merchant.sigma;
        if (merchant.currency !== 'KZT') mode = POS_MODES_ABROAD.pick(rng);
        else mode = (card.bank === 'Kaspi Bank' ? POS_MODES_KASPI : POS_MODES).pick(rng);
        if (mode === 'Contactless' && card.wallet !== null && rng.chance(WALLET_TAP_SHARE))
          wallet = card.wallet;
        break;
      }
      case 'ECOM': {
        merchant = world.online.get(world.ecomCategories.pick(rng).category)!.pick(rng);
        median = merchant.median * ECOM_AMOUNT_FACTOR * paydayBoost;
        sigma = merchant.sigma + 0.1;
        mode = 'ECOM';
        break;
      }
      case 'BILL_PAYMENT': {
        merchant = world.billers.get(card.homeCity)!.pick(rng);
        median = merchant.median;
        sigma = merchant.sigma;
        mode = rng.chance(0.45) ? 'ECOM' : null;
        break;
      }
      case 'ATM_WITHDRAWAL':
        merchant = world.atms.get(city)!.pick(rng);
        median = TYPE_SHAPES.ATM_WITHDRAWAL.median * paydayBoost;
        sigma = TYPE_SHAPES.ATM_WITHDRAWAL.sigma;
        break;
      case 'SALARY':
        merchant = card.employer!;
        median = card.salary * (cal.day < 15 ? 0.4 : 0.6);
        sigma = 0.03;
        break;
      default: // P2P_IN, P2P_OUT
        merchant = world.transfers.get(`${card.bank}|${card.homeCity}`)!;
        median = TYPE_SHAPES[type].median;
        sigma = TYPE_SHAPES[type].sigma;
        break;
    }

    // Purchases follow their merchant's hours (online shops: late evening); the rest follow their type.
    const profile = type === 'ECOM' ? 'ecom' : type === 'POS' ? merchant.hours : TYPE_SHAPES[type].hours;
    const hour = world.hours[profile].pick(rng);
    if (merchant.hours === 'dining' && hour >= 18) median *= 1.2;
    const ts = dayStart + hour * 3_600_000 + rng.int(3600) * 1000;

    let kzt = roundAmount(type, rng.logNormal(median, sigma), rng);
    let original: number | null = null;
    if (merchant.currency !== 'KZT') {
      const rate = fxRate(merchant.currency, day);
      original = Math.max(0.01, Math.round((kzt / rate) * 100) / 100);
      kzt = Math.round(original * rate * 100) / 100;
    }

    rows[i] = {
      transaction_id: '',
      transaction_timestamp: new Date(ts),
      card_id: card.cardId,
      expiry_date: card.expiry,
      issuer_bank_name: card.bank,
      merchant_id: merchant.id,
      merchant_mcc: merchant.mcc,
      mcc_category: merchant.category,
      merchant_city: merchant.city,
      transaction_type: type,
      transaction_amount_kzt: kzt,
      original_amount: original,
      transaction_currency: merchant.currency,
      acquirer_country_iso: CURRENCY_COUNTRY[merchant.currency],
      pos_entry_mode: mode,
      wallet_type: wallet,
    };
  }
  // Stable sort: equal timestamps keep their generation order.
  rows.sort((a, b) => a.transaction_timestamp.getTime() - b.transaction_timestamp.getTime());
  return rows;
}

/** Amounts the way people pay them: cash in thousands, transfers in round sums, purchases to the tenge. */
function roundAmount(type: TransactionType, raw: number, rng: Random): number {
  switch (type) {
    case 'ATM_WITHDRAWAL': {
      const step = rng.chance(0.3) ? 5000 : 1000;
      return Math.max(1000, Math.round(raw / step) * step);
    }
    case 'P2P_IN':
    case 'P2P_OUT': {
      const r = rng.next();
      const step = r < 0.6 ? 1000 : r < 0.9 ? 100 : 1;
      return Math.max(100, Math.round(raw / step) * step);
    }
    case 'SALARY':
    case 'BILL_PAYMENT':
      return Math.max(1, Math.round(raw * 100) / 100);
    default:
      return rng.chance(0.15) ? Math.max(1, Math.round(raw * 100) / 100) : Math.max(20, Math.round(raw));
  }
}
