-- The source text each document version's offsets index (the decoded file, or a PDF's extracted text), stored at
-- ingest so that `extract` can rerun the extractors over stored documents without reading the files again.
-- Documents ingested before this migration have no row; `extract` reports and skips them.
CREATE TABLE document_texts (
    document_id BIGINT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    source_text TEXT   NOT NULL
);
