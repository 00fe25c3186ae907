-- oncoev core schema: documents (one row per distinct content), sections, passages, ingest issues, extraction runs.

-- One row per distinct file content (sha256). A file whose content changes gets a new row; the old row is
-- kept with current = false and superseded_by set, so the "current view" holds one document per path.
CREATE TABLE documents (
    id              BIGSERIAL PRIMARY KEY,
    source_path     TEXT        NOT NULL,
    file_name       TEXT        NOT NULL,
    sha256          CHAR(64)    NOT NULL UNIQUE,
    format          TEXT        NOT NULL,
    title           TEXT,
    doi             TEXT,
    char_count      INTEGER     NOT NULL,
    byte_count      BIGINT      NOT NULL,
    pages           INTEGER,
    first_seen      TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen       TIMESTAMPTZ NOT NULL DEFAULT now(),
    current         BOOLEAN     NOT NULL DEFAULT TRUE,
    superseded_by   BIGINT      REFERENCES documents (id),
    superseded_at   TIMESTAMPTZ,
    job_execution_id BIGINT
);
-- at most one current version per path
CREATE UNIQUE INDEX documents_current_path ON documents (source_path) WHERE current;

CREATE VIEW current_documents AS SELECT * FROM documents WHERE current;

CREATE TABLE sections (
    id          BIGSERIAL PRIMARY KEY,
    document_id BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    heading     TEXT,
    kind        TEXT    NOT NULL,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL,
    UNIQUE (document_id, ordinal)
);

-- char_start/char_end slice the document's original text (the decoded file, or a PDF's extracted text).
CREATE TABLE passages (
    id          BIGSERIAL PRIMARY KEY,
    document_id BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    section_id  BIGINT  REFERENCES sections (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL,
    page        INTEGER,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX passages_section ON passages (section_id);

-- Bad input, one row per (file content, stage, reason); a rerun that meets the same problem updates
-- last_job_execution_id and last_seen instead of adding a row.
CREATE TABLE ingest_issues (
    id                    BIGSERIAL PRIMARY KEY,
    source_path           TEXT        NOT NULL,
    sha256                TEXT        NOT NULL DEFAULT '',
    stage                 TEXT        NOT NULL,
    reason                TEXT        NOT NULL,
    error_class           TEXT,
    document_id           BIGINT      REFERENCES documents (id) ON DELETE SET NULL,
    job_execution_id      BIGINT,
    last_job_execution_id BIGINT,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen             TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (source_path, sha256, stage, reason)
);

-- One extraction of one document by one extractor set; the latest run per document is the current one.
CREATE TABLE extraction_runs (
    id                  BIGSERIAL PRIMARY KEY,
    document_id         BIGINT      NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    job_execution_id    BIGINT,
    extractor_signature TEXT        NOT NULL,
    started_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at         TIMESTAMPTZ,
    findings            INTEGER     NOT NULL DEFAULT 0,
    rejected            INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX extraction_runs_document ON extraction_runs (document_id, id DESC);

-- Each current document's latest extraction run.
CREATE VIEW latest_extraction_runs AS
SELECT DISTINCT ON (r.document_id) r.*
FROM extraction_runs r JOIN documents d ON d.id = r.document_id AND d.current
ORDER BY r.document_id, r.id DESC;
