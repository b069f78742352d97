/**
 * The fixed cast of the synthetic data: a few thousand merchants (each with
 * one MCC, category, city and acquirer country for ever) and a pool of
 * cardholders (each with one card, issuing bank, expiry, home city and
 * phone wallet). It is built from a constant seed, not from the data seed, so
 * that rows generated with any seed, on any day, by the seed or by a later
 * top-up, agree on who merchant 123456 and card 12345678 are.
 */
import {
  BANK_SHARES,
  CATEGORY_SHAPES,
  type CategoryShape,
  CITY_SHARES,
  HOUR_PROFILES,
  type HourProfileName,
  type MccShape,
  ONLINE_FOREIGN_CURRENCIES,
  SPECIAL_MCC,
  TRAVEL_FOREIGN_CURRENCIES,
} from './data-shape.js';
import { Random, WeightedPicker } from './random.js';
import {
  type AcquirerCountry,
  CURRENCY_COUNTRY,
  type Currency,
  type IssuerBank,
  type MccCategory,
  MERCHANT_CITIES,
  type MerchantCity,
  type WalletType,
} from './transaction-schema.js';

export type MerchantKind = 'store' | 'online' | 'atm' | 'transfer' | 'payroll' | 'biller';

export interface Merchant {
  id: number;
  kind: MerchantKind;
  mcc: number;
  category: MccCategory;
  city: MerchantCity;
  currency: Currency;
  country: AcquirerCountry;
  popularity: number;
  /** Amount median (KZT) and log-normal shape of purchases here. */
  median: number;
  sigma: number;
  hours: HourProfileName;
}

export interface Cardholder {
  cardId: number;
  expiry: string;
  bank: IssuerBank;
  homeCity: MerchantCity;
  wallet: WalletType | null;
  activity: number;
  employer: Merchant | null;
  /** Monthly net salary in KZT (paid in two parts on salary days). */
  salary: number;
}

export interface SyntheticWorld {
  merchants: readonly Merchant[];
  cards: readonly Cardholder[];
  /** Cards weighted by how active their holders are. */
  activeCards: WeightedPicker<Cardholder>;
  employed: readonly Cardholder[];
  cities: WeightedPicker<MerchantCity>;
  /** Card-present merchants by `${category}|${city}`, weighted by popularity. */
  stores: ReadonlyMap<string, WeightedPicker<Merchant>>;
  online: ReadonlyMap<MccCategory, WeightedPicker<Merchant>>;
  atms: ReadonlyMap<MerchantCity, WeightedPicker<Merchant>>;
  billers: ReadonlyMap<MerchantCity, WeightedPicker<Merchant>>;
  /** The bank's transfer service in each city, by `${bank}|${city}`. */
  transfers: ReadonlyMap<string, Merchant>;
  posCategories: { weekday: WeightedPicker<CategoryShape>; weekend: WeightedPicker<CategoryShape> };
  ecomCategories: WeightedPicker<CategoryShape>;
  hours: Readonly<Record<HourProfileName, WeightedPicker<number>>>;
}

const WORLD_SEED = 0x7a_2024;
const CARDHOLDERS = 20_000;
const STORES = 2_600;
const ONLINE_SHOPS = 320;
const ATMS = 520;
const EMPLOYERS = 400;
const BILLERS_PER_CITY = 8;
const EMPLOYED_SHARE = 0.72;
const FOREIGN_ONLINE_SHARE = 0.3;
const FOREIGN_STORE_SHARE = 0.03;

const WALLETS: Readonly<Record<WalletType | 'none', number>> = {
  'Apple Pay': 0.38,
  'Google Pay': 0.3,
  'Samsung Pay': 0.14,
  none: 0.18,
};

let cached: SyntheticWorld | null = null;

/** The world is pure computation (about 20 ms); it is built once per process, on first use. */
export function syntheticWorld(): SyntheticWorld {
  cached ??= buildWorld();
  return cached;
}

function buildWorld(): SyntheticWorld {
  const rng = new Random(WORLD_SEED);
  const cities = WeightedPicker.fromRecord(CITY_SHARES);
  const banks = WeightedPicker.fromRecord(BANK_SHARES);
  const usedMerchantIds = new Set<number>();
  const merchantId = () => {
    for (;;) {
      const id = 100_000 + rng.int(900_000);
      if (!usedMerchantIds.has(id)) {
        usedMerchantIds.add(id);
        return id;
      }
    }
  };
  const onlineCurrencies = WeightedPicker.fromRecord(ONLINE_FOREIGN_CURRENCIES as Record<Currency, number>);
  const travelCurrencies = WeightedPicker.fromRecord(TRAVEL_FOREIGN_CURRENCIES as Record<Currency, number>);

  const merchants: Merchant[] = [];
  const make = (
    kind: MerchantKind,
    category: MccCategory,
    shape: Pick<MccShape, 'mcc' | 'median' | 'sigma' | 'hours'>,
    city: MerchantCity,
    currency: Currency,
  ): Merchant => {
    const merchant: Merchant = {
      id: merchantId(),
      kind,
      mcc: shape.mcc,
      category,
      city,
      currency,
      country: CURRENCY_COUNTRY[currency],
      popularity: rng.logNormal(1, 1.0),
      median: shape.median,
      sigma: shape.sigma,
      hours: shape.hours,
    };
    merchants.push(merchant);
    return merchant;
  };
  const mccPickers = new Map(
    CATEGORY_SHAPES.map((c) => [
      c.category,
      new WeightedPicker(
        c.mccs,
        c.mccs.map((x) => x.weight),
      ),
    ]),
  );

  // Card-present stores: at least one per (category, city), the rest in proportion to purchases and city size.
  const stores = new Map<string, Merchant[]>();
  const addStore = (shape: CategoryShape, city: MerchantCity) => {
    const foreign = shape.crossBorder && rng.chance(FOREIGN_STORE_SHARE);
    const merchant = make(
      'store',
      shape.category,
      mccPickers.get(shape.category)!.pick(rng),
      city,
      foreign ? travelCurrencies.pick(rng) : 'KZT',
    );
    const key = `${shape.category}|${city}`;
    const list = stores.get(key) ?? [];
    list.push(merchant);
    stores.set(key, list);
  };
  for (const shape of CATEGORY_SHAPES) for (const city of MERCHANT_CITIES) addStore(shape, city);
  const storeCategories = new WeightedPicker(
    CATEGORY_SHAPES,
    CATEGORY_SHAPES.map((c) => c.pos),
  );
  while (merchants.length < STORES) addStore(storeCategories.pick(rng), cities.pick(rng));

  // Online shops: at least one per category that sells online; about a third abroad.
  const online = new Map<MccCategory, Merchant[]>();
  const onlineShapes = CATEGORY_SHAPES.filter((c) => c.ecom > 0);
  const onlineCategories = new WeightedPicker(
    onlineShapes,
    onlineShapes.map((c) => c.ecom),
  );
  // The first foreign shops take each foreign currency once, so every currency occurs in the data.
  const everyCurrency = Object.keys(ONLINE_FOREIGN_CURRENCIES) as Currency[];
  const addOnline = (shape: CategoryShape) => {
    const foreign = rng.chance(FOREIGN_ONLINE_SHARE);
    const merchant = make(
      'online',
      shape.category,
      mccPickers.get(shape.category)!.pick(rng),
      foreign ? cities.pick(rng) : rng.chance(0.6) ? 'Almaty' : cities.pick(rng),
      foreign ? (everyCurrency.shift() ?? onlineCurrencies.pick(rng)) : 'KZT',
    );
    const list = online.get(shape.category) ?? [];
    list.push(merchant);
    online.set(shape.category, list);
  };
  for (const shape of onlineShapes) addOnline(shape);
  for (let i = onlineShapes.length; i < ONLINE_SHOPS; i++) addOnline(onlineCategories.pick(rng));

  // Non-purchase counterparties: ATMs, each bank's transfer service per city, employers, billers.
  const atmShape = { mcc: SPECIAL_MCC.atm, median: 25000, sigma: 0.8, hours: 'atm' as const };
  const atms = new Map<MerchantCity, Merchant[]>();
  for (let i = 0; i < ATMS; i++) {
    const city = i < MERCHANT_CITIES.length ? MERCHANT_CITIES[i]! : cities.pick(rng);
    const list = atms.get(city) ?? [];
    list.push(make('atm', 'Unknown', atmShape, city, 'KZT'));
    atms.set(city, list);
  }
  const transferShape = { mcc: SPECIAL_MCC.transfer, median: 12000, sigma: 1.1, hours: 'p2p' as const };
  const transfers = new Map<string, Merchant>();
  for (const bank of Object.keys(BANK_SHARES) as IssuerBank[]) {
    for (const city of MERCHANT_CITIES)
      transfers.set(`${bank}|${city}`, make('transfer', 'Unknown', transferShape, city, 'KZT'));
  }
  const payrollShape = { mcc: SPECIAL_MCC.payroll, median: 380000, sigma: 0.55, hours: 'salary' as const };
  const employers = new Map<MerchantCity, Merchant[]>();
  for (let i = 0; i < EMPLOYERS; i++) {
    const city = i < MERCHANT_CITIES.length ? MERCHANT_CITIES[i]! : cities.pick(rng);
    const list = employers.get(city) ?? [];
    list.push(make('payroll', 'Unknown', payrollShape, city, 'KZT'));
    employers.set(city, list);
  }
  const billMccs = CATEGORY_SHAPES.find((c) => c.category === 'Utilities & Bill Payments')!.mccs;
  const billers = new Map<MerchantCity, Merchant[]>();
  for (const city of MERCHANT_CITIES) {
    billers.set(
      city,
      Array.from({ length: BILLERS_PER_CITY }, (_, i) =>
        make('biller', 'Utilities & Bill Payments', billMccs[i % billMccs.length]!, city, 'KZT'),
      ),
    );
  }

  // Cardholders.
  const wallets = WeightedPicker.fromRecord(WALLETS);
  const usedCardIds = new Set<number>();
  const cards: Cardholder[] = [];
  for (let i = 0; i < CARDHOLDERS; i++) {
    let cardId: number;
    do cardId = 10_000_000 + rng.int(90_000_000);
    while (usedCardIds.has(cardId));
    usedCardIds.add(cardId);
    const homeCity = cities.pick(rng);
    const month = 1 + rng.int(12);
    const year = 26 + rng.int(6);
    const wallet = wallets.pick(rng);
    const cityEmployers = employers.get(homeCity)!;
    const employed = rng.chance(EMPLOYED_SHARE);
    cards.push({
      cardId,
      expiry: `${String(month).padStart(2, '0')}/${year}`,
      bank: banks.pick(rng),
      homeCity,
      wallet: wallet === 'none' ? null : wallet,
      activity: rng.logNormal(1, 0.9),
      employer: employed ? cityEmployers[rng.int(cityEmployers.length)]! : null,
      salary: Math.round(rng.logNormal(380_000, 0.55) / 1000) * 1000,
    });
  }

  const byPopularity = (list: Merchant[]) =>
    new WeightedPicker(
      list,
      list.map((x) => x.popularity),
    );
  const mapPickers = <K>(m: Map<K, Merchant[]>) =>
    new Map([...m].map(([k, v]) => [k, byPopularity(v)] as const));
  const weekendPos = CATEGORY_SHAPES.map((c) =>
    c.category === 'Dining & Restaurants' || c.category === 'Clothing & Apparel' ? c.pos * 1.3 : c.pos,
  );
  const hours = Object.fromEntries(
    Object.entries(HOUR_PROFILES).map(([name, profile]) => [
      name,
      new WeightedPicker(
        profile.map((_, h) => h),
        profile,
      ),
    ]),
  ) as Record<HourProfileName, WeightedPicker<number>>;

  return {
    merchants,
    cards,
    activeCards: new WeightedPicker(
      cards,
      cards.map((c) => c.activity),
    ),
    employed: cards.filter((c) => c.employer !== null),
    cities,
    stores: mapPickers(stores),
    online: mapPickers(online),
    atms: mapPickers(atms),
    billers: mapPickers(billers),
    transfers,
    posCategories: {
      weekday: new WeightedPicker(
        CATEGORY_SHAPES,
        CATEGORY_SHAPES.map((c) => c.pos),
      ),
      weekend: new WeightedPicker(CATEGORY_SHAPES, weekendPos),
    },
    ecomCategories: onlineCategories,
    hours,
  };
}
