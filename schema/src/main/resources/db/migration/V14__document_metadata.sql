-- Bibliographic metadata of a document (issue 14): as the file states it (JATS front matter) or as its text
-- prints it reliably (a DOI in the front matter); nothing guessed, so every column may be null.
-- metadata_sources names where each filled field was read, e.g. {"doi": "jats", "year": "jats"}.
-- ("pages" is the PDF page count already; the printed page range is page_range.)
ALTER TABLE documents
    ADD COLUMN journal          TEXT,
    ADD COLUMN year             INTEGER,
    ADD COLUMN pmid             TEXT,
    ADD COLUMN pmcid            TEXT,
    ADD COLUMN license          TEXT,
    ADD COLUMN volume           TEXT,
    ADD COLUMN issue            TEXT,
    ADD COLUMN page_range       TEXT,
    ADD COLUMN metadata_sources JSONB;

-- the view's SELECT * was expanded when it was created: recreate it so it carries the new columns
CREATE OR REPLACE VIEW current_documents AS SELECT * FROM documents WHERE current;

CREATE INDEX documents_doi ON documents (lower(doi)) WHERE doi IS NOT NULL;
CREATE INDEX documents_pmid ON documents (pmid) WHERE pmid IS NOT NULL;

-- Authors in byline order (family holds a collaboration's name when there is no person).
CREATE TABLE document_authors (
    document_id BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    family      TEXT    NOT NULL,
    given       TEXT,
    PRIMARY KEY (document_id, position)
);

-- Trial registration ids found in a document: registry NCT, ISRCTN, EudraCT, ChiCTR, UMIN, ACTRN or CTRI;
-- source: where it was read (text, references, jats).
CREATE TABLE trial_registrations (
    document_id     BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    registry        TEXT   NOT NULL,
    registration_id TEXT   NOT NULL,
    source          TEXT   NOT NULL,
    PRIMARY KEY (document_id, registry, registration_id)
);
CREATE INDEX trial_registrations_id ON trial_registrations (registration_id);

-- A section's nesting depth where the format states it (JATS: 1 top-level body section, 2 inside it, ...); null
-- when the reader does not know it (text, PDF).
ALTER TABLE sections ADD COLUMN level INTEGER;

-- One current document per work: a paper ingested twice (say as JATS and as PDF) shares its DOI or PMID; this view
-- keeps one version of it (JATS first, then the earliest stored), so evidence queries need not count it twice.
-- work_key is the lower-case DOI, else pmid:<PMID>, else doc:<id> for a document with neither.
CREATE VIEW works AS
SELECT DISTINCT ON (work_key) *
FROM (SELECT coalesce(lower(doi), 'pmid:' || pmid, 'doc:' || id) AS work_key, d.* FROM documents d WHERE d.current) w
ORDER BY work_key, (format = 'jats') DESC, id;
