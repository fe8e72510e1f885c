-- The first published version of Annex 2, honest about what is known: the clusters the public record names
-- (consultation version of the bill, 7 April 2025), marked provisional. No sub-areas are invented: list
-- administrators complete the list from the enacted text through a draft or an import.
INSERT INTO technology_list (id, code, name_nl, name_en, binding, created_at, created_by, updated_at, updated_by, version)
VALUES (1, 'ANNEX2', 'Bijlage 2: sensitieve technologieën', 'Annex 2: sensitive technologies', TRUE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_version (id, list_id, number, status, based_on_number, legal_reference, effective_date, change_note, provisional,
                          published_at, published_by, created_at, created_by, updated_at, updated_by, version)
VALUES (1, 1, 1, 'PUBLISHED', NULL,
        'Consultatieversie wetsvoorstel Wet screening kennisveiligheid, bijlage 2 (internetconsultatie 7 april 2025)',
        DATE '2025-04-07',
        'Voorlopige lijst: alleen de clusters die in openbare stukken genoemd worden, zonder deelgebieden. Vul aan uit de vastgestelde tekst.',
        TRUE, TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system',
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (1, 1, 'annex2-ai', '1', NULL, 1, 'Artificiële intelligentie', 'Artificial intelligence', 'Waaronder generatieve AI.', 'Including generative AI.', NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (2, 1, 'annex2-semiconductors', '2', NULL, 2, 'Halfgeleiders en chiptechnologie', 'Semiconductors and chip technology', NULL, NULL, NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (3, 1, 'annex2-quantum', '3', NULL, 3, 'Kwantumtechnologie', 'Quantum technology', 'Waaronder kwantumcomputing en kwantumcryptografie.', 'Including quantum computing and quantum cryptography.', NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (4, 1, 'annex2-nuclear', '4', NULL, 4, 'Nucleaire technologie', 'Nuclear technology', NULL, NULL, NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (5, 1, 'annex2-biotechnology', '5', NULL, 5, 'Biotechnologie', 'Biotechnology', NULL, NULL, NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (6, 1, 'annex2-synthetic-biology', '6', NULL, 6, 'Synthetische biologie', 'Synthetic biology', NULL, NULL, NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (7, 1, 'annex2-hypersonic', '7', NULL, 7, 'Hypersone voortstuwing', 'Hypersonic propulsion', NULL, NULL, NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (8, 1, 'annex2-radar', '8', NULL, 8, 'Radartechnologie', 'Radar technology', NULL, NULL, NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (9, 1, 'annex2-robot-swarms', '9', NULL, 9, 'Robotzwermen', 'Robot swarms', NULL, NULL, NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (10, 1, 'annex2-chemical-reactors', '10', NULL, 10, 'Chemische technologie (beperkt tot micro- en nanoreactoren)', 'Chemical technology (limited to micro- and nanoreactors)', 'Alleen micro- en nanoreactoren.', 'Micro- and nanoreactors only.', NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);

INSERT INTO list_entry (id, version_id, entry_key, code, parent_key, sort_order, title_nl, title_en, description_nl, description_en,
                        control_references, retired, created_at, created_by, updated_at, updated_by, version)
VALUES (11, 1, 'annex2-cybersecurity', '11', NULL, 11, 'Cybersecurity', 'Cybersecurity', NULL, NULL, NULL, FALSE,
        TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', TIMESTAMP WITH TIME ZONE '2025-04-07 00:00:00+00', 'system', 0);
