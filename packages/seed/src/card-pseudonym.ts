/**
 * The card pseudonym (`transactions.card_key`, migration 009): HMAC-SHA256
 * of the decimal card number under the database's secret in
 * `app.pseudonym_key`, first 16 hex digits. SQL computes the same value with
 * `app.card_pseudonym(card_id)`; the seed computes it here instead because a
 * per-row trigger or function call would slow its COPY several times over.
 */
import { createHmac } from 'node:crypto';
import type pg from 'pg';

export type CardPseudonymizer = (cardId: number) => string;

/** The pseudonym of one card under `secret`. */
export function cardPseudonym(secret: Buffer, cardId: number): string {
  return createHmac('sha256', secret).update(String(cardId)).digest('hex').slice(0, 16);
}

/**
 * Reads the secret (the service user may; pa_reader may not) and returns a
 * pseudonymizer that remembers each card's value: a seed has one card per
 * ~10 transactions.
 */
export async function loadCardPseudonymizer(client: pg.ClientBase): Promise<CardPseudonymizer> {
  const res = await client.query<{ secret: Buffer }>('SELECT secret FROM app.pseudonym_key');
  const secret = res.rows[0]?.secret;
  if (!secret) throw new Error('app.pseudonym_key holds no secret: run `npm run migrate`');
  const known = new Map<number, string>();
  return (cardId) => {
    let key = known.get(cardId);
    if (key === undefined) {
      key = cardPseudonym(secret, cardId);
      known.set(cardId, key);
    }
    return key;
  };
}
