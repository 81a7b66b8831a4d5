-- Query side: every published tariff version; the newest version of each tariff is the current one.
CREATE TABLE tariff_version_view (
    tariff_id      VARCHAR(40)    NOT NULL,
    version        INTEGER        NOT NULL,
    name           VARCHAR(100)   NOT NULL,
    price_per_kwh  NUMERIC(19, 6) NOT NULL,
    tax_percent    NUMERIC(5, 2)  NOT NULL,
    effective_from DATE           NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by   VARCHAR(64)    NOT NULL,
    current_version BOOLEAN       NOT NULL,
    CONSTRAINT tariff_version_view_pkey PRIMARY KEY (tariff_id, version)
);
