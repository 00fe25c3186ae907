-- Scale-out ingest (ingest --workers N): the frozen to-do list of one job instance, written once by its "plan" step.
-- Partitions are ranges of ordinal, so no file list travels in job parameters, contexts or messages. Rows are
-- deleted when the job completes.
CREATE TABLE ingest_manifest (
    job_instance_id BIGINT NOT NULL,
    ordinal         INT    NOT NULL,
    source_path     TEXT   NOT NULL,
    file_size       BIGINT NOT NULL,
    file_mtime      BIGINT NOT NULL,
    link_target     TEXT,
    walk_error      TEXT,
    PRIMARY KEY (job_instance_id, ordinal)
);

-- Worker JVMs (oncoev worker): one row each, its heartbeat in last_seen, and the partition (step execution) it is
-- running, for status and for the manager's wait for workers. A row whose last_seen is old is a worker gone.
CREATE TABLE ingest_workers (
    worker_id         TEXT PRIMARY KEY,
    host              TEXT        NOT NULL,
    pid               BIGINT      NOT NULL,
    threads           INT         NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen         TIMESTAMPTZ NOT NULL DEFAULT now(),
    step_execution_id BIGINT
);
