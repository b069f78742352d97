import type { Item } from './lexicon.js';
import { marksOf } from './tokenize.js';
import { HOME_VALUES } from './vocabulary/index.js';

/**
 * "from Kazakhstani cards", «казахстанских карт», «қазақстандық карталар»: the home country right before
 * a word of cards says where the cards were issued — every card of the data is — not where the payment
 * was taken (`acquirer_country_iso`). It filtered the payments to domestic acquirers, and set against
 * "foreign country" it split domestic from foreign. It says nothing more than the cards themselves.
 */
export function readIssuerCountry(items: readonly Item[]): Item[] {
  return items.map((item, k) => {
    const cards = items[k + 1];
    const home =
      item.kind === 'meaning' &&
      item.meaning.kind === 'value' &&
      item.meaning.column === 'acquirer_country_iso' &&
      item.meaning.values.length === 1 &&
      HOME_VALUES.includes(item.meaning.values[0]!);
    const ofCards =
      cards?.kind === 'meaning' && cards.meaning.kind === 'entity' && cards.meaning.entity === 'cards';
    return home && ofCards ? { kind: 'stop', text: item.text, ...marksOf(item) } : item;
  });
}
