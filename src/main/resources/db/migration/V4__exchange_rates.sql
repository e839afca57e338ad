-- Exchange rates: one row per currency pair and effective date. A row says that from its
-- effective date on (until the pair's next row), one unit of the base currency is worth `rate`
-- units of the quote currency. Conversions use the latest row on or before the date asked.
CREATE TABLE exchange_rate (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    base_currency   VARCHAR(3)     NOT NULL,
    quote_currency  VARCHAR(3)     NOT NULL,
    rate            DECIMAL(19,10) NOT NULL,
    effective_date  DATE           NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    created_at      DATETIME(6)    NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_exchange_rate UNIQUE (base_currency, quote_currency, effective_date)
);
CREATE INDEX ix_exchange_rate_date ON exchange_rate (effective_date);

-- Reference rates, needed in production as in the demo: without a rate no amount can be converted.
-- Every currency is quoted against HKD, the pivot of conversions (see CurrencyConversions): the
-- Hong Kong dollar is pegged to the US dollar (Linked Exchange Rate System, 7.75-7.85 HKD per USD)
-- and the pataca to the Hong Kong dollar (1.03 MOP per HKD); CNY per HKD follows the PBoC central
-- parity. Half-yearly values, rounded; coordinators add official rates with setExchangeRate.
INSERT INTO exchange_rate (base_currency, quote_currency, rate, effective_date, version, created_at, updated_at) VALUES
    ('USD', 'HKD', 7.7700000000, DATE '2025-01-01', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('USD', 'HKD', 7.8490000000, DATE '2025-07-01', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('USD', 'HKD', 7.7850000000, DATE '2026-01-01', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('USD', 'HKD', 7.8125000000, DATE '2026-07-01', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('HKD', 'MOP', 1.0300000000, DATE '2025-01-01', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('HKD', 'MOP', 1.0310000000, DATE '2026-01-01', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('HKD', 'CNY', 0.9390000000, DATE '2025-01-01', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('HKD', 'CNY', 0.9130000000, DATE '2025-07-01', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('HKD', 'CNY', 0.9040000000, DATE '2026-01-01', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('HKD', 'CNY', 0.8960000000, DATE '2026-07-01', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');
