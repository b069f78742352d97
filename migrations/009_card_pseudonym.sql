-- Personal data the reader role cannot read at all (docs/security.md, "Personal data").
--
-- card_id and expiry_date are personal; id and transaction_id number rows across every bank, so
-- max(id) - count(*) measures the other banks' volumes. From here on pa_reader may read every
-- column of transactions except those four: column privileges, so that a whole-row reference
-- (`t`, `t.*`, `to_jsonb(t)`, the functional notation `t.to_jsonb`) fails with "permission denied"
-- whatever the SQL guard misses. Distinct cards are counted with card_key, a keyed pseudonym:
-- HMAC-SHA256 of the card number under a secret that lives in app (which pa_reader cannot read),
-- its first 8 bytes in hex. Without the secret a pseudonym cannot be turned back into a card number,
-- and pseudonyms carry no order across banks.

-- The secret: 32 bytes from the server's strong random source (gen_random_uuid), made once per
-- database. The HMAC pads are kept with it so that each row costs two sha256 calls.
CREATE TABLE IF NOT EXISTS app.pseudonym_key (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  secret     bytea NOT NULL CHECK (octet_length(secret) = 32),
  inner_pad  bytea NOT NULL CHECK (octet_length(inner_pad) = 64),
  outer_pad  bytea NOT NULL CHECK (octet_length(outer_pad) = 64),
  created_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON TABLE app.pseudonym_key FROM PUBLIC, pa_reader;

DO $$
DECLARE
  secret bytea := decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex');
  inner_pad bytea := '\x'::bytea;
  outer_pad bytea := '\x'::bytea;
  b int;
BEGIN
  IF EXISTS (SELECT 1 FROM app.pseudonym_key) THEN
    RETURN;
  END IF;
  -- HMAC (RFC 2104) with a 64-byte block: the key zero-padded to 64 bytes, XOR 0x36 / 0x5c.
  FOR i IN 0..63 LOOP
    b := CASE WHEN i < octet_length(secret) THEN get_byte(secret, i) ELSE 0 END;
    inner_pad := inner_pad || decode(lpad(to_hex(b # 54), 2, '0'), 'hex');
    outer_pad := outer_pad || decode(lpad(to_hex(b # 92), 2, '0'), 'hex');
  END LOOP;
  INSERT INTO app.pseudonym_key (secret, inner_pad, outer_pad) VALUES (secret, inner_pad, outer_pad);
END
$$;

-- HMAC-SHA256(secret, decimal card number), first 16 hex digits: the same value as Node's
-- createHmac('sha256', secret).update(String(card)).digest('hex').slice(0, 16), which the seed
-- computes itself (packages/db/src/seed/card-pseudonym.ts) because a BEFORE ROW trigger would
-- turn its COPY into row-at-a-time inserts. Every writer supplies card_key; NOT NULL and the
-- format check make a writer that forgets fail loudly.
CREATE OR REPLACE FUNCTION app.card_pseudonym(card integer) RETURNS text
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  AS $$
    SELECT left(encode(sha256(k.outer_pad || sha256(k.inner_pad || convert_to(card::text, 'UTF8'))), 'hex'), 16)
      FROM app.pseudonym_key k
  $$;
REVOKE ALL ON FUNCTION app.card_pseudonym(integer) FROM PUBLIC, pa_reader;

ALTER TABLE public.transactions ADD COLUMN IF NOT EXISTS card_key text;

-- Rows already loaded: one HMAC per card, not per row.
UPDATE public.transactions t
   SET card_key = p.card_key
  FROM (SELECT d.card_id, app.card_pseudonym(d.card_id) AS card_key
          FROM (SELECT DISTINCT card_id FROM public.transactions) d) p
 WHERE t.card_id = p.card_id
   AND t.card_key IS DISTINCT FROM p.card_key;
ALTER TABLE public.transactions ALTER COLUMN card_key SET NOT NULL;
ALTER TABLE public.transactions DROP CONSTRAINT IF EXISTS transactions_card_key_format;
ALTER TABLE public.transactions ADD CONSTRAINT transactions_card_key_format
  CHECK (card_key ~ '^[0-9a-f]{16}$');

COMMENT ON COLUMN public.transactions.card_key IS
  'Keyed pseudonym of the card (the same for every transaction of one card, unrelated to the card number). PERSONAL DATA: use only as count(DISTINCT card_key). Synonyms: card, cardholder, customer, client; карта, клиент, держатель карты.';
COMMENT ON COLUMN public.transactions.card_id IS
  'Card number. PERSONAL DATA: not readable by analytics queries; count cards with card_key.';
COMMENT ON COLUMN public.transactions.expiry_date IS
  'Card expiry as MM/YY. PERSONAL DATA: not readable by analytics queries.';
COMMENT ON COLUMN public.transactions.id IS
  'Surrogate key, numbered across every bank: not readable by analytics queries.';
COMMENT ON COLUMN public.transactions.transaction_id IS
  'Business id of the transaction, numbered across every bank: not readable by analytics queries.';

-- Column privileges: everything but card_id, expiry_date, id and transaction_id.
REVOKE SELECT ON public.transactions FROM pa_reader;
GRANT SELECT (
  transaction_timestamp, card_key, issuer_bank_name, merchant_id, merchant_mcc, mcc_category,
  merchant_city, transaction_type, transaction_amount_kzt, original_amount, transaction_currency,
  acquirer_country_iso, pos_entry_mode, wallet_type
) ON public.transactions TO pa_reader;

-- The tenant policy of migration 006, without replace(): the superuser hardening takes EXECUTE on
-- replace (and the other string builders) from PUBLIC, and a policy runs with the reader's
-- privileges. Same meaning: '*' is every bank, a bank name is exactly that bank, and a setting with
-- a LIKE wildcard or escape character in it (no bank has one) sees nothing instead of being escaped.
DROP POLICY IF EXISTS transactions_tenant_read ON public.transactions;
CREATE POLICY transactions_tenant_read ON public.transactions FOR SELECT TO pa_reader
  USING (
    issuer_bank_name LIKE CASE
      WHEN current_setting('app.tenant_bank', true) = '*' THEN '%'
      WHEN strpos(current_setting('app.tenant_bank', true), '%') > 0
        OR strpos(current_setting('app.tenant_bank', true), '_') > 0
        OR strpos(current_setting('app.tenant_bank', true), '\') > 0 THEN NULL
      ELSE current_setting('app.tenant_bank', true)
    END
  );
