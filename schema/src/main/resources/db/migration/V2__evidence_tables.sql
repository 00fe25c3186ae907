-- oncoev evidence tables (issue 3). Every row is tied to its document, extraction run, passage and the
-- character offsets in the document's original text (char_start/char_end) and in the passage text
-- (passage_start/passage_end), with the raw text, confidence and the extractor's name and version.
-- Numeric columns sit beside the raw text, as in AACT. latest_* views show each current document's latest run.

CREATE TABLE agents (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE -- lower-case generic name
);

CREATE TABLE agent_synonyms (
    id       BIGSERIAL PRIMARY KEY,
    agent_id BIGINT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    synonym  TEXT   NOT NULL,
    kind     TEXT   NOT NULL DEFAULT 'synonym', -- abbreviation, brand, synonym
    UNIQUE (agent_id, synonym)
);
CREATE INDEX agent_synonyms_synonym ON agent_synonyms (lower(synonym));

-- Arm labels a run found in a document (for example 'ATRA plus FOLFOX4').
CREATE TABLE arms (
    id                BIGSERIAL PRIMARY KEY,
    document_id       BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    extraction_run_id BIGINT NOT NULL REFERENCES extraction_runs (id) ON DELETE CASCADE,
    label             TEXT   NOT NULL,
    UNIQUE (extraction_run_id, label)
);

-- Cohort sizes: a whole study's or an arm's number of patients.
CREATE TABLE cohorts (
    id                BIGSERIAL PRIMARY KEY,
    document_id       BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    extraction_run_id BIGINT  NOT NULL REFERENCES extraction_runs (id) ON DELETE CASCADE,
    passage_id        BIGINT  REFERENCES passages (id) ON DELETE CASCADE,
    passage_ordinal   INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    passage_start     INTEGER NOT NULL,
    passage_end       INTEGER NOT NULL,
    raw_text          TEXT    NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    extractor         TEXT    NOT NULL,
    extractor_version TEXT    NOT NULL,
    arm               TEXT,
    arm_id            BIGINT  REFERENCES arms (id) ON DELETE SET NULL,
    cited             BOOLEAN NOT NULL DEFAULT FALSE,
    size              INTEGER NOT NULL
);
CREATE INDEX cohorts_run ON cohorts (extraction_run_id);
CREATE INDEX cohorts_document ON cohorts (document_id);

-- Survival figures: medians (a time in unit) and landmark rates (a percentage at time_months).
CREATE TABLE survival_outcomes (
    id                BIGSERIAL PRIMARY KEY,
    document_id       BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    extraction_run_id BIGINT  NOT NULL REFERENCES extraction_runs (id) ON DELETE CASCADE,
    passage_id        BIGINT  REFERENCES passages (id) ON DELETE CASCADE,
    passage_ordinal   INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    passage_start     INTEGER NOT NULL,
    passage_end       INTEGER NOT NULL,
    raw_text          TEXT    NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    extractor         TEXT    NOT NULL,
    extractor_version TEXT    NOT NULL,
    arm               TEXT,
    arm_id            BIGINT  REFERENCES arms (id) ON DELETE SET NULL,
    cited             BOOLEAN NOT NULL DEFAULT FALSE,
    endpoint          TEXT    NOT NULL,
    measure           TEXT    NOT NULL,
    value             DOUBLE PRECISION NOT NULL,
    value_max         DOUBLE PRECISION,
    unit              TEXT,
    time_months       DOUBLE PRECISION,
    ci_low            DOUBLE PRECISION,
    ci_high           DOUBLE PRECISION
);
CREATE INDEX survival_outcomes_run ON survival_outcomes (extraction_run_id);
CREATE INDEX survival_outcomes_document ON survival_outcomes (document_id);

-- P-values as AACT keeps them: modifier (=, <, >, <=, >=), number and the raw string.
CREATE TABLE p_values (
    id                BIGSERIAL PRIMARY KEY,
    document_id       BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    extraction_run_id BIGINT  NOT NULL REFERENCES extraction_runs (id) ON DELETE CASCADE,
    passage_id        BIGINT  REFERENCES passages (id) ON DELETE CASCADE,
    passage_ordinal   INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    passage_start     INTEGER NOT NULL,
    passage_end       INTEGER NOT NULL,
    raw_text          TEXT    NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    extractor         TEXT    NOT NULL,
    extractor_version TEXT    NOT NULL,
    arm               TEXT,
    arm_id            BIGINT  REFERENCES arms (id) ON DELETE SET NULL,
    cited             BOOLEAN NOT NULL DEFAULT FALSE,
    p_value_modifier  TEXT    NOT NULL,
    p_value           DOUBLE PRECISION NOT NULL,
    p_value_raw       TEXT    NOT NULL,
    in_table          BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX p_values_run ON p_values (extraction_run_id);
CREATE INDEX p_values_document ON p_values (document_id);

-- Hazard ratios with their CI and p-value where given.
CREATE TABLE hazard_ratios (
    id                BIGSERIAL PRIMARY KEY,
    document_id       BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    extraction_run_id BIGINT  NOT NULL REFERENCES extraction_runs (id) ON DELETE CASCADE,
    passage_id        BIGINT  REFERENCES passages (id) ON DELETE CASCADE,
    passage_ordinal   INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    passage_start     INTEGER NOT NULL,
    passage_end       INTEGER NOT NULL,
    raw_text          TEXT    NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    extractor         TEXT    NOT NULL,
    extractor_version TEXT    NOT NULL,
    arm               TEXT,
    arm_id            BIGINT  REFERENCES arms (id) ON DELETE SET NULL,
    cited             BOOLEAN NOT NULL DEFAULT FALSE,
    hazard_ratio      DOUBLE PRECISION NOT NULL,
    ci_low            DOUBLE PRECISION,
    ci_high           DOUBLE PRECISION,
    p_value_modifier  TEXT,
    p_value           DOUBLE PRECISION,
    adjusted          BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX hazard_ratios_run ON hazard_ratios (extraction_run_id);
CREATE INDEX hazard_ratios_document ON hazard_ratios (document_id);

-- One agent and amount of a regimen.
CREATE TABLE doses (
    id                BIGSERIAL PRIMARY KEY,
    document_id       BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    extraction_run_id BIGINT  NOT NULL REFERENCES extraction_runs (id) ON DELETE CASCADE,
    passage_id        BIGINT  REFERENCES passages (id) ON DELETE CASCADE,
    passage_ordinal   INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    passage_start     INTEGER NOT NULL,
    passage_end       INTEGER NOT NULL,
    raw_text          TEXT    NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    extractor         TEXT    NOT NULL,
    extractor_version TEXT    NOT NULL,
    arm               TEXT,
    arm_id            BIGINT  REFERENCES arms (id) ON DELETE SET NULL,
    cited             BOOLEAN NOT NULL DEFAULT FALSE,
    agent             TEXT    NOT NULL,
    agent_id          BIGINT  REFERENCES agents (id),
    amount            DOUBLE PRECISION NOT NULL,
    amount_max        DOUBLE PRECISION,
    unit              TEXT,
    route             TEXT,
    schedule          TEXT,
    regimen           TEXT
);
CREATE INDEX doses_run ON doses (extraction_run_id);
CREATE INDEX doses_document ON doses (document_id);

-- Values that failed a sanity check (a rate over 100%, p over 1, ...): kept for review, not facts.
CREATE TABLE rejected_findings (
    id                BIGSERIAL PRIMARY KEY,
    document_id       BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    extraction_run_id BIGINT  NOT NULL REFERENCES extraction_runs (id) ON DELETE CASCADE,
    passage_id        BIGINT  REFERENCES passages (id) ON DELETE CASCADE,
    passage_ordinal   INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    passage_start     INTEGER NOT NULL,
    passage_end       INTEGER NOT NULL,
    raw_text          TEXT    NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    extractor         TEXT    NOT NULL,
    extractor_version TEXT    NOT NULL,
    arm               TEXT,
    arm_id            BIGINT  REFERENCES arms (id) ON DELETE SET NULL,
    cited             BOOLEAN NOT NULL DEFAULT FALSE,
    evidence_type     TEXT    NOT NULL,
    reason            TEXT    NOT NULL,
    fact              JSONB   NOT NULL
);
CREATE INDEX rejected_findings_run ON rejected_findings (extraction_run_id);
CREATE INDEX rejected_findings_document ON rejected_findings (document_id);

CREATE VIEW latest_arms AS SELECT t.* FROM arms t JOIN latest_extraction_runs r ON r.id = t.extraction_run_id;
CREATE VIEW latest_cohorts AS SELECT t.* FROM cohorts t JOIN latest_extraction_runs r ON r.id = t.extraction_run_id;
CREATE VIEW latest_survival_outcomes AS SELECT t.* FROM survival_outcomes t JOIN latest_extraction_runs r ON r.id = t.extraction_run_id;
CREATE VIEW latest_p_values AS SELECT t.* FROM p_values t JOIN latest_extraction_runs r ON r.id = t.extraction_run_id;
CREATE VIEW latest_hazard_ratios AS SELECT t.* FROM hazard_ratios t JOIN latest_extraction_runs r ON r.id = t.extraction_run_id;
CREATE VIEW latest_doses AS SELECT t.* FROM doses t JOIN latest_extraction_runs r ON r.id = t.extraction_run_id;
CREATE VIEW latest_rejected_findings AS SELECT t.* FROM rejected_findings t JOIN latest_extraction_runs r ON r.id = t.extraction_run_id;
