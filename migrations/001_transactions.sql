-- The analytics fact table, column for column as in the system we replace.
CREATE TABLE IF NOT EXISTS public.transactions (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id         text NOT NULL UNIQUE,
  transaction_timestamp  timestamptz NOT NULL,
  card_id                integer NOT NULL,
  expiry_date            text NOT NULL CHECK (expiry_date ~ '^(0[1-9]|1[0-2])/[0-9]{2}$'),
  issuer_bank_name       text NOT NULL CHECK (issuer_bank_name IN
                           ('Halyk Bank', 'Kaspi Bank', 'ForteBank', 'Jusan Bank', 'Eurasian Bank', 'Bank CenterCredit')),
  merchant_id            integer NOT NULL,
  merchant_mcc           integer NOT NULL CHECK (merchant_mcc BETWEEN 0 AND 9999),
  mcc_category           text NOT NULL CHECK (mcc_category IN
                           ('Clothing & Apparel', 'Dining & Restaurants', 'Electronics & Software',
                            'Fuel & Service Stations', 'General Retail & Department', 'Grocery & Food Markets',
                            'Hobby, Books, Sporting Goods', 'Home Furnishings & Supplies', 'Pharmacies & Health',
                            'Services (Other)', 'Travel & Transportation', 'Unknown', 'Utilities & Bill Payments')),
  merchant_city          text NOT NULL CHECK (merchant_city IN
                           ('Almaty', 'Astana', 'Shymkent', 'Karaganda', 'Aktobe', 'Taraz', 'Pavlodar', 'Oskemen')),
  transaction_type       text NOT NULL CHECK (transaction_type IN
                           ('ATM_WITHDRAWAL', 'BILL_PAYMENT', 'ECOM', 'P2P_IN', 'P2P_OUT', 'POS', 'SALARY')),
  transaction_amount_kzt numeric(15,2) NOT NULL CHECK (transaction_amount_kzt >= 0),
  original_amount        numeric(15,2) NULL CHECK (original_amount IS NULL OR original_amount >= 0),
  transaction_currency   char(3) NOT NULL CHECK (transaction_currency IN
                           ('AMD', 'BYN', 'CNY', 'EUR', 'GEL', 'KGS', 'KZT', 'TRY', 'USD', 'UZS')),
  acquirer_country_iso   char(3) NOT NULL CHECK (acquirer_country_iso IN
                           ('ARM', 'BLR', 'CHN', 'GEO', 'ITA', 'KAZ', 'KGZ', 'TUR', 'USA', 'UZB')),
  pos_entry_mode         text NULL CHECK (pos_entry_mode IN ('Contactless', 'ECOM', 'QR_Code', 'Swipe')),
  wallet_type            text NULL CHECK (wallet_type IN ('Apple Pay', 'Google Pay', 'Samsung Pay'))
);

COMMENT ON TABLE public.transactions IS
  'Card transactions, one row each. Synonyms: transactions, payments, operations, purchases; транзакции, операции, платежи, покупки.';
COMMENT ON COLUMN public.transactions.id IS 'Surrogate key.';
COMMENT ON COLUMN public.transactions.transaction_id IS 'Business id of the transaction, e.g. TXN0000000001. Синонимы: номер транзакции.';
COMMENT ON COLUMN public.transactions.transaction_timestamp IS
  'When the transaction happened. Synonyms: date, time, when, day, month; дата, время, когда, день, месяц.';
COMMENT ON COLUMN public.transactions.card_id IS
  'Pseudonymous card number. PERSONAL DATA: use only inside count(...) / count(DISTINCT ...). Synonyms: card, cardholder, customer; карта, клиент.';
COMMENT ON COLUMN public.transactions.expiry_date IS
  'Card expiry as MM/YY. PERSONAL DATA: use only inside count(...). Синонимы: срок действия карты.';
COMMENT ON COLUMN public.transactions.issuer_bank_name IS
  'Bank that issued the card (the tenant). Synonyms: bank, issuer; банк, эмитент.';
COMMENT ON COLUMN public.transactions.merchant_id IS 'Merchant identifier. Synonyms: merchant, shop, store; мерчант, магазин, торговая точка.';
COMMENT ON COLUMN public.transactions.merchant_mcc IS 'Merchant category code (4 digits). Synonyms: MCC, МСС, код категории.';
COMMENT ON COLUMN public.transactions.mcc_category IS
  'Spending category of the merchant. Synonyms: category, sector; категория, сфера. Groceries = Grocery & Food Markets (продукты); pharmacies = Pharmacies & Health (аптеки); restaurants = Dining & Restaurants (рестораны, кафе); fuel = Fuel & Service Stations (АЗС, бензин).';
COMMENT ON COLUMN public.transactions.merchant_city IS
  'City of the merchant. Synonyms: city, town, location; город. Алматы = Almaty, Астана = Astana, Шымкент = Shymkent, Караганда = Karaganda, Актобе = Aktobe, Тараз = Taraz, Павлодар = Pavlodar, Усть-Каменогорск/Оскемен = Oskemen.';
COMMENT ON COLUMN public.transactions.transaction_type IS
  'Kind of operation. ATM_WITHDRAWAL = cash withdrawal (снятие наличных); BILL_PAYMENT = bill payment (оплата счетов); ECOM = online purchase (онлайн-покупка); P2P_IN / P2P_OUT = transfers in / out (переводы); POS = in-store card purchase (покупка в магазине); SALARY = salary credit (зарплата).';
COMMENT ON COLUMN public.transactions.transaction_amount_kzt IS
  'Amount in Kazakhstani tenge (KZT). "amount", "sum", "spent", "volume", "сумма", "оборот" mean this column.';
COMMENT ON COLUMN public.transactions.original_amount IS
  'Amount in the original currency when it is not KZT; NULL for KZT transactions. Синонимы: сумма в валюте.';
COMMENT ON COLUMN public.transactions.transaction_currency IS 'ISO 4217 currency of the original amount. Synonyms: currency; валюта.';
COMMENT ON COLUMN public.transactions.acquirer_country_iso IS
  'ISO 3166 alpha-3 country of the acquirer; KAZ = domestic, anything else = foreign / cross-border. Synonyms: country; страна.';
COMMENT ON COLUMN public.transactions.pos_entry_mode IS
  'How the card was presented: Contactless (бесконтактно), ECOM (online, онлайн), QR_Code (QR), Swipe (магнитная полоса). NULL for ATM, P2P, salary.';
COMMENT ON COLUMN public.transactions.wallet_type IS
  'Mobile wallet used for a contactless payment: Apple Pay, Google Pay, Samsung Pay; NULL when no wallet. Синонимы: кошелёк.';

CREATE INDEX IF NOT EXISTS transactions_timestamp_idx ON public.transactions (transaction_timestamp);
