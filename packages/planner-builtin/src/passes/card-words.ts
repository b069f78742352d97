import { cursor } from './cursor.js';
import { definePass, isKind } from './reading.js';

export interface CardWordContext {
  /** Next to a bank ("Kaspi cards", «клиенты БЦК»): the bank's cards, a filter. */
  namesBank: boolean;
  /** A superlative or a top without any dimension: the ranking would be of cards. */
  ranked: boolean;
  /** "show me the card…" without a dimension: rows about a card. */
  listed: boolean;
  /** The question measures money or transactions ("what did clients spend"): the word is the subject. */
  aboutMoney: boolean;
}

/**
 * What a card / customer word that is not counted stands for. Anything that would single out a
 * card or a person is 'per_card' (refused: personal data).
 */
export function cardWordRole(c: CardWordContext): 'bank_cards' | 'subject' | 'per_card' {
  if (c.namesBank) return 'bank_cards';
  if (c.ranked || c.listed) return 'per_card';
  return c.aboutMoney ? 'subject' : 'per_card';
}

/**
 * Card / customer words neither counted nor "per card": the bank's cards, the subject of a spend
 * ("what did clients spend"), or — with a ranking or a listing and no dimension ("which cards spent
 * the most") — a request about single cards, refused.
 */
export const readCardWords = definePass(({ slots, draft }) => {
  const { next, prev, valueColumnAt } = cursor(slots);
  const ranking = slots.some((s) => isKind(s, 'superlative') || isKind(s, 'top'));
  const listing = slots.some((s) => isKind(s, 'listVerb'));
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'entity') || slot.item.meaning.entity !== 'cards') return;
    slot.used = true;
    const role = cardWordRole({
      namesBank:
        valueColumnAt(prev(i)) === 'issuer_bank_name' || valueColumnAt(next(i)) === 'issuer_bank_name',
      ranked: ranking && draft.dimensions.length === 0,
      listed: listing && draft.dimensions.length === 0,
      aboutMoney:
        draft.measures.some((m) => m.fn !== 'count' && m.fn !== 'count_distinct') || draft.hasEntity,
    });
    if (role === 'per_card') draft.issues.push({ kind: 'per_card' });
  });
});
