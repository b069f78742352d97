import type { Language } from '@pa/contracts';

const LOCALE: Record<Language, string> = { en: 'en-US', ru: 'ru-RU', kk: 'kk-KZ' };
/** Between a number and its unit (`10.7 %`, `12.3 M ₸`): a no-break space, so the two never part at a line end. */
export const UNIT_SPACE = '\u00a0';

/** A number with exactly `digits` decimals, grouped the way the asker's locale groups them (`1,234.5` / `1 234,5`). */
export function formatNumber(
  value: number,
  language: Language,
  digits = Number.isInteger(value) ? 0 : 2,
): string {
  return value.toLocaleString(LOCALE[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** `10.7 %` / `10,7 %`; `signed` adds `+` to growth. */
export function formatPercent(value: number, language: Language, options: { signed?: boolean } = {}): string {
  const text = formatNumber(Math.abs(value), language, 1);
  const sign = options.signed && Math.round(value * 10) !== 0 ? (value > 0 ? '+' : '−') : '';
  return `${sign}${text}${UNIT_SPACE}%`;
}

const SCALES: Record<Language, { billion: string; million: string }> = {
  en: { billion: 'B', million: 'M' },
  ru: { billion: 'млрд', million: 'млн' },
  kk: { billion: 'млрд', million: 'млн' },
};

/** Tenge, shortened past a million: `845,200 ₸`, `12.3 M ₸` / `12,3 млн ₸`, `1.2 B ₸`. */
export function formatMoney(value: number, language: Language): string {
  const abs = Math.abs(value);
  const scale = SCALES[language];
  if (abs >= 1e9)
    return `${formatNumber(value / 1e9, language, 1)}${UNIT_SPACE}${scale.billion}${UNIT_SPACE}₸`;
  if (abs >= 1e6)
    return `${formatNumber(value / 1e6, language, 1)}${UNIT_SPACE}${scale.million}${UNIT_SPACE}₸`;
  return `${formatNumber(Math.round(value), language, 0)}${UNIT_SPACE}₸`;
}

/** Russian noun form after a number: `1 операция`, `3 операции`, `5 операций` (fractions take the second). */
export function russianPlural(n: number, forms: readonly [string, string, string]): string {
  if (!Number.isInteger(n)) return forms[1];
  const mod10 = Math.abs(n) % 10;
  const mod100 = Math.abs(n) % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}
