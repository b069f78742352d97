/**
 * What the generated data looks like: category and MCC mix, amounts per MCC
 * and type, hour-of-day profiles (Asia/Almaty local time), day weights
 * (weekdays, salary days, holidays, months) and exchange rates. Numbers are
 * plausible for Kazakhstan, not measured; they exist so that questions have
 * interesting, believable answers.
 */

import { calendarOf } from './local-time.js';
import { hashUniform } from './random.js';
import type {
  Currency,
  IssuerBank,
  MccCategory,
  MerchantCity,
  TransactionType,
} from './transaction-schema.js';

/** Share of cardholders per issuing bank (the tenant). */
export const BANK_SHARES: Readonly<Record<IssuerBank, number>> = {
  'Kaspi Bank': 0.34,
  'Halyk Bank': 0.3,
  'Bank CenterCredit': 0.1,
  ForteBank: 0.1,
  'Jusan Bank': 0.09,
  'Eurasian Bank': 0.07,
};

/** Share of cardholders and merchants per city. */
export const CITY_SHARES: Readonly<Record<MerchantCity, number>> = {
  Almaty: 0.31,
  Astana: 0.23,
  Shymkent: 0.12,
  Karaganda: 0.09,
  Aktobe: 0.07,
  Pavlodar: 0.06,
  Taraz: 0.06,
  Oskemen: 0.06,
};

/** Hour-of-day weights, index = local hour. */
export type HourProfile = readonly number[];

export const HOUR_PROFILES = {
  retail: [
    0.4, 0.2, 0.1, 0.08, 0.08, 0.15, 0.5, 1.5, 2.6, 3.2, 3.8, 4.2, 4.8, 4.6, 4.2, 4.2, 4.6, 5.6, 7.0, 7.6,
    6.6, 4.8, 2.6, 1.1,
  ],
  dining: [
    0.8, 0.4, 0.2, 0.1, 0.05, 0.05, 0.2, 1.0, 2.2, 2.2, 2.0, 3.0, 6.0, 6.5, 4.5, 2.8, 2.6, 3.6, 6.5, 8.0, 7.5,
    5.5, 3.2, 1.6,
  ],
  fuel: [
    0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 2.0, 4.0, 4.8, 4.0, 3.4, 3.2, 3.2, 3.2, 3.2, 3.4, 3.8, 4.8, 5.4, 5.2, 4.0,
    2.8, 1.8, 1.0,
  ],
  transport: [
    0.8, 0.5, 0.3, 0.2, 0.3, 0.8, 2.2, 5.0, 6.5, 4.5, 3.0, 2.8, 3.0, 3.0, 3.0, 3.2, 4.0, 5.5, 6.8, 5.5, 3.8,
    2.8, 2.0, 1.4,
  ],
  ecom: [
    2.4, 1.6, 1.0, 0.6, 0.4, 0.4, 0.6, 1.2, 2.0, 2.8, 3.4, 3.6, 4.0, 4.0, 3.8, 3.8, 4.0, 4.4, 5.0, 5.8, 6.6,
    6.8, 5.8, 4.0,
  ],
  atm: [
    0.3, 0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 2.0, 3.6, 4.4, 4.8, 5.0, 5.4, 5.2, 5.0, 5.0, 5.2, 5.8, 6.2, 5.6, 4.4,
    3.0, 1.6, 0.8,
  ],
  p2p: [
    1.0, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 2.0, 3.2, 4.0, 4.6, 5.0, 5.4, 5.2, 5.0, 5.0, 5.2, 5.6, 6.2, 6.6, 6.0,
    4.8, 3.2, 2.0,
  ],
  bill: [
    0.5, 0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 1.6, 3.0, 4.0, 4.6, 4.8, 4.8, 4.6, 4.4, 4.4, 4.4, 4.6, 5.0, 5.4, 5.2,
    4.0, 2.4, 1.2,
  ],
  salary: [0, 0, 0, 0, 0, 0, 0.5, 3, 10, 14, 12, 8, 5, 3, 2, 1.5, 1, 0.5, 0.2, 0, 0, 0, 0, 0],
} as const satisfies Record<string, HourProfile>;

export type HourProfileName = keyof typeof HOUR_PROFILES;

export interface MccShape {
  mcc: number;
  /** Share of the category's merchants with this MCC. */
  weight: number;
  /** Median amount in KZT and the log-normal shape. */
  median: number;
  sigma: number;
  hours: HourProfileName;
}

export interface CategoryShape {
  category: MccCategory;
  /** Share of POS (card-present) purchases. */
  pos: number;
  /** Share of online purchases. */
  ecom: number;
  /** Merchants may have a foreign acquirer (cross-border card-present purchases). */
  crossBorder: boolean;
  mccs: readonly MccShape[];
}

const m = (mcc: number, weight: number, median: number, sigma: number, hours: HourProfileName): MccShape => ({
  mcc,
  weight,
  median,
  sigma,
  hours,
});

/** Purchase categories and their MCCs. ATMs, transfers and salaries use the SPECIAL_MCC merchants. */
export const CATEGORY_SHAPES: readonly CategoryShape[] = [
  {
    category: 'Grocery & Food Markets',
    pos: 0.3,
    ecom: 0.06,
    crossBorder: false,
    mccs: [
      m(5411, 0.55, 6500, 0.9, 'retail'),
      m(5499, 0.2, 2200, 0.8, 'retail'),
      m(5441, 0.08, 2500, 0.6, 'retail'),
      m(5422, 0.09, 7000, 0.7, 'retail'),
      m(5451, 0.08, 3000, 0.6, 'retail'),
    ],
  },
  {
    category: 'Dining & Restaurants',
    pos: 0.16,
    ecom: 0.09,
    crossBorder: true,
    mccs: [
      m(5812, 0.45, 9000, 0.7, 'dining'),
      m(5814, 0.4, 2800, 0.6, 'dining'),
      m(5813, 0.15, 7000, 0.7, 'dining'),
    ],
  },
  {
    category: 'Fuel & Service Stations',
    pos: 0.09,
    ecom: 0,
    crossBorder: false,
    mccs: [
      m(5541, 0.55, 11000, 0.5, 'fuel'),
      m(5542, 0.3, 10000, 0.45, 'fuel'),
      m(7538, 0.15, 25000, 0.8, 'retail'),
    ],
  },
  {
    category: 'Pharmacies & Health',
    pos: 0.07,
    ecom: 0.02,
    crossBorder: false,
    mccs: [
      m(5912, 0.65, 3800, 0.8, 'retail'),
      m(8011, 0.15, 12000, 0.6, 'retail'),
      m(8021, 0.1, 25000, 0.8, 'retail'),
      m(8099, 0.1, 9000, 0.7, 'retail'),
    ],
  },
  {
    category: 'General Retail & Department',
    pos: 0.08,
    ecom: 0.17,
    crossBorder: true,
    mccs: [
      m(5311, 0.3, 12000, 0.9, 'retail'),
      m(5331, 0.3, 4000, 0.8, 'retail'),
      m(5399, 0.2, 8000, 0.9, 'retail'),
      m(5999, 0.2, 6000, 1.0, 'retail'),
    ],
  },
  {
    category: 'Clothing & Apparel',
    pos: 0.06,
    ecom: 0.2,
    crossBorder: true,
    mccs: [
      m(5651, 0.4, 18000, 0.8, 'retail'),
      m(5691, 0.2, 22000, 0.8, 'retail'),
      m(5621, 0.15, 20000, 0.8, 'retail'),
      m(5661, 0.15, 24000, 0.7, 'retail'),
      m(5699, 0.1, 9000, 0.9, 'retail'),
    ],
  },
  {
    category: 'Travel & Transportation',
    pos: 0.06,
    ecom: 0.14,
    crossBorder: true,
    mccs: [
      m(4121, 0.35, 1800, 0.5, 'transport'),
      m(4111, 0.3, 300, 0.4, 'transport'),
      m(4511, 0.12, 65000, 0.6, 'retail'),
      m(7011, 0.15, 48000, 0.7, 'retail'),
      m(4722, 0.08, 120000, 0.8, 'retail'),
    ],
  },
  {
    category: 'Services (Other)',
    pos: 0.05,
    ecom: 0.08,
    crossBorder: false,
    mccs: [
      m(7230, 0.3, 6000, 0.6, 'retail'),
      m(7210, 0.15, 4500, 0.6, 'retail'),
      m(7542, 0.2, 3500, 0.4, 'retail'),
      m(7299, 0.2, 8000, 0.9, 'retail'),
      m(8299, 0.15, 25000, 0.8, 'retail'),
    ],
  },
  {
    category: 'Home Furnishings & Supplies',
    pos: 0.04,
    ecom: 0.05,
    crossBorder: false,
    mccs: [
      m(5712, 0.3, 60000, 1.0, 'retail'),
      m(5200, 0.3, 15000, 1.0, 'retail'),
      m(5251, 0.25, 7000, 0.9, 'retail'),
      m(5722, 0.15, 45000, 0.9, 'retail'),
    ],
  },
  {
    category: 'Electronics & Software',
    pos: 0.03,
    ecom: 0.14,
    crossBorder: true,
    mccs: [
      m(5732, 0.45, 35000, 1.1, 'retail'),
      m(5734, 0.15, 6000, 0.9, 'ecom'),
      m(5045, 0.15, 90000, 0.9, 'retail'),
      m(5817, 0.25, 2500, 0.8, 'ecom'),
    ],
  },
  {
    category: 'Hobby, Books, Sporting Goods',
    pos: 0.03,
    ecom: 0.05,
    crossBorder: false,
    mccs: [
      m(5941, 0.35, 20000, 0.9, 'retail'),
      m(5942, 0.25, 5000, 0.6, 'retail'),
      m(5945, 0.25, 9000, 0.8, 'retail'),
      m(5970, 0.15, 6000, 0.8, 'retail'),
    ],
  },
  {
    category: 'Utilities & Bill Payments',
    pos: 0.01,
    ecom: 0.02,
    crossBorder: false,
    mccs: [
      m(4900, 0.5, 9000, 0.6, 'bill'),
      m(4814, 0.35, 4500, 0.5, 'bill'),
      m(4899, 0.15, 5000, 0.4, 'bill'),
    ],
  },
  {
    category: 'Unknown',
    pos: 0.02,
    ecom: 0.02,
    crossBorder: false,
    mccs: [m(7399, 0.6, 10000, 1.1, 'retail'), m(6051, 0.4, 15000, 1.0, 'retail')],
  },
];

/** MCCs of the non-purchase merchants (all in category Unknown: they are not spending categories). */
export const SPECIAL_MCC = { atm: 6011, transfer: 4829, payroll: 6012 } as const;

export interface TypeShape {
  hours: HourProfileName;
  /** Amount median in KZT and log-normal shape; purchases use their MCC's instead. */
  median: number;
  sigma: number;
}

export const TYPE_SHAPES: Readonly<Record<Exclude<TransactionType, 'POS' | 'ECOM'>, TypeShape>> = {
  ATM_WITHDRAWAL: { hours: 'atm', median: 25000, sigma: 0.8 },
  BILL_PAYMENT: { hours: 'bill', median: 9000, sigma: 0.7 },
  P2P_OUT: { hours: 'p2p', median: 12000, sigma: 1.1 },
  P2P_IN: { hours: 'p2p', median: 15000, sigma: 1.1 },
  SALARY: { hours: 'salary', median: 380000, sigma: 0.55 },
};

/** Online purchases are a little larger than card-present ones in the same MCC. */
export const ECOM_AMOUNT_FACTOR = 1.25;

export const SALARY_DAYS: readonly number[] = [5, 20];

export function isSalaryDay(day: number): boolean {
  return SALARY_DAYS.includes(calendarOf(day).day);
}

/** Share of each transaction type on a day (SALARY only on salary days; bills cluster early in the month). */
export function typeWeights(day: number): Readonly<Record<TransactionType, number>> {
  const c = calendarOf(day);
  const salaryDay = SALARY_DAYS.includes(c.day);
  const billWeek = c.day <= 10;
  return {
    POS: salaryDay ? 0.5 : billWeek ? 0.55 : 0.58,
    ECOM: salaryDay ? 0.11 : 0.12,
    P2P_OUT: salaryDay ? 0.11 : 0.1,
    P2P_IN: salaryDay ? 0.05 : 0.08,
    ATM_WITHDRAWAL: salaryDay ? 0.09 : 0.07,
    BILL_PAYMENT: billWeek ? 0.08 : 0.05,
    SALARY: salaryDay ? 0.09 : 0,
  };
}

/** Monday … Sunday */
const WEEKDAY_WEIGHT = [0.94, 0.95, 0.97, 1.0, 1.12, 1.15, 0.92];
/** January … December */
const MONTH_WEIGHT = [0.88, 0.92, 1.0, 0.98, 1.0, 1.02, 1.03, 1.05, 1.0, 0.99, 1.0, 1.14];

function holidayWeight(month: number, dayOfMonth: number): number {
  if (month === 12 && dayOfMonth >= 24) return 1 + (dayOfMonth - 23) * 0.06; // New Year shopping, up to ×1.48
  if (month === 1 && dayOfMonth <= 2) return dayOfMonth === 1 ? 0.6 : 0.75;
  if (month === 3 && dayOfMonth === 7) return 1.35; // gifts before 8 March
  if (month === 3 && dayOfMonth === 8) return 0.9;
  if (month === 3 && dayOfMonth >= 21 && dayOfMonth <= 23) return 1.1; // Nauryz
  return 1;
}

/**
 * Relative activity of a local calendar day: a pure function of the date, so
 * the seed and every later top-up agree on what "the same density" means.
 */
export function dayWeight(day: number): number {
  const c = calendarOf(day);
  const salary = SALARY_DAYS.includes(c.day) ? 1.4 : SALARY_DAYS.includes(c.day - 1) ? 1.15 : 1;
  const noise = 1 + 0.08 * (hashUniform(0x5eed_da7e, day) - 0.5) * 2;
  return (
    WEEKDAY_WEIGHT[c.weekday]! * MONTH_WEIGHT[c.month - 1]! * salary * holidayWeight(c.month, c.day) * noise
  );
}

/** KZT per unit, around which rates drift slowly (±5 %) over the year. */
const FX_BASE: Readonly<Record<Currency, number>> = {
  KZT: 1,
  USD: 480,
  EUR: 520,
  CNY: 66,
  TRY: 14.5,
  UZS: 0.038,
  KGS: 5.5,
  GEL: 178,
  AMD: 1.22,
  BYN: 148,
};

export function fxRate(currency: Currency, day: number): number {
  if (currency === 'KZT') return 1;
  const phase = (currency.charCodeAt(0) * 31 + currency.charCodeAt(1)) % 365;
  return FX_BASE[currency] * (1 + 0.05 * Math.sin((2 * Math.PI * (day + phase)) / 365));
}

/** Currencies of foreign online shops (marketplaces in China, the US, Turkey …). */
export const ONLINE_FOREIGN_CURRENCIES: Readonly<Partial<Record<Currency, number>>> = {
  CNY: 0.35,
  USD: 0.3,
  TRY: 0.15,
  EUR: 0.1,
  UZS: 0.03,
  KGS: 0.02,
  GEL: 0.02,
  AMD: 0.015,
  BYN: 0.015,
};

/** Currencies of card-present purchases abroad (trips to neighbours and Turkey). */
export const TRAVEL_FOREIGN_CURRENCIES: Readonly<Partial<Record<Currency, number>>> = {
  TRY: 0.25,
  KGS: 0.2,
  UZS: 0.2,
  GEL: 0.12,
  EUR: 0.1,
  AMD: 0.05,
  BYN: 0.03,
  USD: 0.03,
  CNY: 0.02,
};
