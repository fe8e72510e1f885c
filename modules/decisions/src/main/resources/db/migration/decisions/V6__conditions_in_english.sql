-- Decisions schema, version 6: a decision's conditions in English beside the Dutch, as signed (from the catalogue's
-- English texts), so that every page follows the reader's language. Decisions signed before hold the Dutch only.
ALTER TABLE access_decision ADD COLUMN conditions_en VARCHAR(8000);
