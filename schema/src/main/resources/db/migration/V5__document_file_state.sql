-- Incremental ingest: the file's size and modification time when its current version was read, so an unchanged
-- path+size+mtime is skipped without reading or hashing the file; gone_at marks a version whose file was deleted.
ALTER TABLE documents
    ADD COLUMN file_size  BIGINT,
    ADD COLUMN file_mtime BIGINT,
    ADD COLUMN gone_at    TIMESTAMPTZ;
