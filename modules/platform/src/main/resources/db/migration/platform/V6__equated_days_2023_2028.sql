-- The days Royal Decrees equate with generally recognised holidays (Algemene termijnenwet art. 3 lid 3), as in
-- force when this version shipped: the decree of 2022 (2023 to 2025) and the current decree (2026 to 2028).
-- A system administrator adds later decrees on the legal calendar screen (or PUT /api/v1/legal-calendar/equated-days).
-- A day already entered by hand is left as it is.
INSERT INTO platform.equated_holiday (holiday_date, description, legal_reference, created_at, created_by, updated_at, updated_by, version)
SELECT d.holiday_date, d.description, d.legal_reference, CURRENT_TIMESTAMP, 'migration V6', CURRENT_TIMESTAMP, 'migration V6', 0
FROM (
    SELECT DATE '2023-04-28' AS holiday_date, 'Vrijdag na Koningsdag' AS description, 'Koninklijk besluit van 2022, gelijkstelling 2023-2025 (Atw art. 3 lid 3)' AS legal_reference
    UNION ALL SELECT DATE '2023-05-19', 'Vrijdag na Hemelvaartsdag', 'Koninklijk besluit van 2022, gelijkstelling 2023-2025 (Atw art. 3 lid 3)'
    UNION ALL SELECT DATE '2024-05-10', 'Vrijdag na Hemelvaartsdag', 'Koninklijk besluit van 2022, gelijkstelling 2023-2025 (Atw art. 3 lid 3)'
    UNION ALL SELECT DATE '2024-12-27', 'Vrijdag na Tweede Kerstdag', 'Koninklijk besluit van 2022, gelijkstelling 2023-2025 (Atw art. 3 lid 3)'
    UNION ALL SELECT DATE '2025-05-30', 'Vrijdag na Hemelvaartsdag', 'Koninklijk besluit van 2022, gelijkstelling 2023-2025 (Atw art. 3 lid 3)'
    UNION ALL SELECT DATE '2026-01-02', 'Vrijdag na Nieuwjaarsdag', 'Koninklijk besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3)'
    UNION ALL SELECT DATE '2026-05-15', 'Vrijdag na Hemelvaartsdag', 'Koninklijk besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3)'
    UNION ALL SELECT DATE '2027-05-07', 'Vrijdag na Hemelvaartsdag', 'Koninklijk besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3)'
    UNION ALL SELECT DATE '2028-04-28', 'Vrijdag na Koningsdag', 'Koninklijk besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3)'
    UNION ALL SELECT DATE '2028-05-26', 'Vrijdag na Hemelvaartsdag', 'Koninklijk besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3)'
) d
WHERE NOT EXISTS (SELECT 1 FROM platform.equated_holiday e WHERE e.holiday_date = d.holiday_date);
