-- Every path under an ingest folder at which a stored content version was found: the path it was stored from,
-- copies of the same bytes at other paths (stored once, under the first path in walk order), and paths reached
-- through a symbolic link, with the link's resolved target. One row per path; the row follows the path's content.
CREATE TABLE document_paths (
    source_path TEXT PRIMARY KEY,
    document_id BIGINT      NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    link_target TEXT,
    first_seen  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX document_paths_document ON document_paths (document_id);

INSERT INTO document_paths (source_path, document_id)
SELECT source_path, id FROM documents WHERE current
ON CONFLICT (source_path) DO NOTHING;
