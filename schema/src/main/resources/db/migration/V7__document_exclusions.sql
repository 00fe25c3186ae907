-- Text not read for evidence, per document and reason: how many source characters and in how many ranges. Reasons
-- (corpus ExclusionReason): references, affiliations, licence, funding (funding, acknowledgements, contributions,
-- competing interests), furniture (running heads, page numbers, banners, dates, DOI and citation lines). A document
-- without a row for a reason excluded nothing for it; a document without rows excluded nothing.
CREATE TABLE document_exclusions (
    document_id BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    reason      TEXT    NOT NULL,
    chars       INTEGER NOT NULL CHECK (chars > 0),
    ranges      INTEGER NOT NULL CHECK (ranges > 0),
    PRIMARY KEY (document_id, reason)
);
