import { hasKazakhLetter } from './kazakh-letters.js';
import type { Item } from './lexicon.js';

/**
 * Campaigns and promotions are named, not held: the table knows no campaign, only when payments were
 * made. "During the 'Autumn Dining' promo, 15 September – 15 October", «за акцию «Снова в школу»,
 * 10 августа – 10 сентября», «2026 жылғы 1–14 қарашадағы кешбэк науқаны кезінде»: the dates say
 * when; the campaign word and its name are a label beside them (coverage asks back when no period is
 * said). Its name is what stands in quotation marks next to the campaign word (or holds one — «Недели
 * кешбэка»), or the words no vocabulary knows right before it ("the flu-season promo"). A name may
 * hold words that would otherwise filter — «Путешествуй с Halyk», «Цифровой декабрь», «Жазғы
 * демалыс» — and they must not: the name is one label.
 */
export function nameCampaigns(items: readonly Item[]): Item[] {
  const out = [...items];
  const isMonthName = (it: Item | undefined) => it?.kind === 'meaning' && it.meaning.kind === 'monthName';
  const isCampaign = (it: Item | undefined) =>
    it?.kind === 'meaning' && it.meaning.kind === 'occasion' && it.meaning.campaign === true;
  const asName = (it: Item): Item => ({
    kind: 'meaning',
    meaning: { kind: 'occasion', campaign: true },
    text: it.text,
    ...(it.dashBefore ? { dashBefore: true as const } : {}),
    ...(it.clauseBefore ? { clauseBefore: true as const } : {}),
    ...(it.commaBefore ? { commaBefore: true as const } : {}),
    ...(it.quote !== undefined ? { quote: it.quote } : {}),
  });
  /** Dates said from item k on: a date, or a range of days («10–12 ноября»). */
  const datesAfter = (k: number) =>
    out.slice(k).some((x) => x.kind === 'date' || (x.kind === 'number' && x.dashBefore === true));
  /** Calendar dates said from item k on: a date, or a day beside a month's name ("Nov 1–11", «5–8 наурыз»). */
  const calendarDatesAfter = (k: number) =>
    out
      .slice(k)
      .some(
        (x, j) =>
          x.kind === 'date' ||
          (x.kind === 'number' && (isMonthName(out[k + j + 1]) || isMonthName(out[k + j - 1]))),
      );
  // Quoted spans: [first, last] item indexes of each.
  const spans = new Map<number, [number, number]>();
  for (const [k, it] of out.entries()) {
    if (it.quote === undefined) continue;
    const span = spans.get(it.quote);
    if (span) span[1] = k;
    else spans.set(it.quote, [k, k]);
  }
  for (const [first, last] of spans.values()) {
    // Next to the campaign word, with at most one stop word between ("the 'X' promo", «акции «X»»).
    const before = out[first - 1]?.kind === 'stop' && !isCampaign(out[first - 1]) ? first - 2 : first - 1;
    const after = out[last + 1]?.kind === 'stop' ? last + 2 : last + 1;
    const inside = out.slice(first, last + 1).some(isCampaign);
    const beside = isCampaign(out[before]) || isCampaign(out[after]);
    if (!inside && !beside) continue;
    for (let k = first; k <= last; k++) out[k] = asName(out[k]!);
  }
  // The words right before the campaign word, in its clause, name it: words no vocabulary knows ("the
  // flu-season promo", "back-to-school campaign"), values ("the QR promo", «шетелдік саяхат науқаны»,
  // "Jusan Bank's Google Pay promo") and a day of no year ("the 11.11 campaign"). A value there says
  // what the campaign was about, not which payments are asked: «POS-платежи по способам оплаты во время
  // QR-акции» asks for every entry mode. A stop word ends the name.
  // (…and a holiday's word: «Новогодняя кампания», "the Black Friday promo" — the campaign's dates or
  // periods are said apart.)
  const naming = (it: Item) =>
    it.kind === 'unknown' ||
    (it.kind === 'meaning' && it.meaning.kind === 'occasion' && it.meaning.campaign !== true) ||
    (it.kind === 'date' && it.iso.startsWith('--')) ||
    (it.kind === 'meaning' &&
      (it.meaning.kind === 'value' || it.meaning.kind === 'notValue' || it.meaning.kind === 'presence'));
  const kazakh = items.some((it) => hasKazakhLetter(it.text));
  for (let k = 0; k < out.length; k++) {
    if (!isCampaign(out[k]) || out[k]!.quote !== undefined) continue;
    // («за распродажу 11.11, 10–12 ноября»: a day of no year right after it, with dates said after that,
    // names it too.)
    const day = out[k + 1];
    if (day?.kind === 'date' && day.iso.startsWith('--') && datesAfter(k + 2)) out[k + 1] = asName(day);
    // ("the Autumn Dining promo (15 Sep – 15 Oct 2026)", "the 11.11 sale window, Nov 1–11": with the
    // dates said after it, a season in the name and the noun of sales right before the word name it too —
    // the season was a period of its own, set against the dates.)
    const dated = calendarDatesAfter(k + 1);
    // («8 наурыз науқаны: 2026 жылғы 5–8 наурыз…»: a day and its month name it likewise.)
    const inName = (it: Item, j: number) =>
      naming(it) ||
      (dated && it.kind === 'meaning' && it.meaning.kind === 'seasonName') ||
      (dated && isMonthName(it)) ||
      (dated && it.kind === 'number' && isMonthName(items[j + 1])) ||
      (dated && j === k - 1 && it.kind === 'meaning' && it.meaning.kind === 'entity');
    for (let j = k - 1; j >= 0; j--) {
      const it = out[j]!;
      // (Right before it: «по одежде за акцию» — "for" between — names no campaign by the clothes.)
      if (out[j + 1]!.clauseBefore || out[j + 1]!.commaBefore || !inName(it, j)) break;
      out[j] = asName(it);
    }
    // (…and right after it, as Russian says what a campaign is about: «Кампания по бесконтактной оплате
    // 2–15 февраля: … по способам ввода», «Акция Kaspi …: оборот по банкам», «кампания продуктового
    // кешбэка в Астане». The words up to a stop word, a date or a comma name it — they filtered the
    // payments the breakdown then showed one of; a value said again later still filters. Kazakh puts the
    // name before the word, and what follows it — «науқанында Travel & Transportation санатындағы» — is
    // asked.)
    if (kazakh) continue;
    const j = k + 1;
    const about = (it: Item | undefined) =>
      it?.kind === 'meaning' && it.meaning.kind === 'groupBy' && it.text === 'по';
    // (An aside names it too, «кешбэка»; the noun of the payments may stand among them, «по оплате QR».)
    const names = (it: Item) => naming(it) || (it.kind === 'meaning' && it.meaning.kind === 'aside');
    const part = (it: Item) => names(it) || (it.kind === 'meaning' && it.meaning.kind === 'entity');
    const from = about(out[j]) && !out[j]!.commaBefore ? j + 1 : j;
    let end = from;
    while (out[end] && !out[end]!.commaBefore && !out[end]!.clauseBefore && part(out[end]!)) end++;
    if (out.slice(from, end).some(names)) for (let n = j; n < end; n++) out[n] = asName(out[n]!);
  }
  // ("restaurant turnover 1–14 Sep 2026 (before) vs 15–28 Sep 2026 (promo)": in a question about a
  // campaign, one word alone in brackets right after a period's dates labels that period.)
  const dateEnd = (it: Item | undefined) => it?.kind === 'date' || it?.kind === 'number' || isMonthName(it);
  if (out.some(isCampaign))
    for (let k = 1; k < out.length; k++) {
      const it = out[k]!;
      const closes = k + 1 === out.length || out[k + 1]!.closeBefore === true;
      if (it.kind === 'unknown' && it.bracketBefore === true && closes && dateEnd(out[k - 1]))
        out[k] = asName(it);
    }
  // «за «Чёрную пятницу» и выходные, 27–30 ноября», "Black Friday and the weekend, 27–30 November": the
  // weekend joined to a named day, with the days said after, is named with it (it filtered weekends out
  // of the dates said).
  const isOccasion = (it: Item | undefined) => it?.kind === 'meaning' && it.meaning.kind === 'occasion';
  // («Республика күні демалысында, 24–26 қазанда», on the Republic Day days off: right after it, too.)
  for (let k = 0; k + 1 < out.length; k++) {
    if (!isOccasion(out[k])) continue;
    const and = out[k + 1]!;
    const joined = and.kind === 'meaning' && and.meaning.kind === 'conjunction';
    let d = joined ? k + 2 : k + 1;
    while (out[d]?.kind === 'stop') d++;
    const days = out[d];
    if (days?.kind !== 'meaning' || days.meaning.kind !== 'weekdayFilter' || !datesAfter(d + 1)) continue;
    if (!joined && d !== k + 1) continue;
    out[d] = asName(days);
  }
  return out;
}
