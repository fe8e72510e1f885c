-- Lists of organisations of concern (ASPI's China Defence Universities Tracker, Canada's Named Research Organizations,
-- the authority's own) are editions like the sanctions lists; a designation may carry the risk level its list gives.
ALTER TABLE sanctions_edition DROP CONSTRAINT sanctions_edition_source;
ALTER TABLE sanctions_edition ADD CONSTRAINT sanctions_edition_source
    CHECK (source IN ('UN', 'EU', 'NL', 'OFAC_SDN', 'OFAC_CONS', 'UK', 'ASPI_TRACKER', 'CA_NRO', 'NL_ORGANISATIONS'));
ALTER TABLE designation ADD COLUMN risk_level VARCHAR(100);
