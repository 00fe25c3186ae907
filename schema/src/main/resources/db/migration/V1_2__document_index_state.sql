-- When a document version's passages were last brought in line with the Lucene index (indexed when current,
-- removed when superseded). NULL means the index has not caught up; the next ingest run reconciles it.
ALTER TABLE documents ADD COLUMN indexed_at TIMESTAMPTZ;
