-- The survival endpoint a hazard ratio is about (OS, PFS, DFS, RFS, TTP, EFS, DSS, CSS, LC, as survival_outcomes.endpoint),
-- or NULL when the text does not say or is ambiguous. Rows written before hazard-ratio extractor 1.6 read NULL until
-- `oncoev extract` runs again.
ALTER TABLE hazard_ratios ADD COLUMN endpoint TEXT;
-- the view's t.* was expanded when it was created: recreate it so it shows the new column
CREATE OR REPLACE VIEW latest_hazard_ratios AS
    SELECT t.* FROM hazard_ratios t JOIN latest_extraction_runs r ON r.id = t.extraction_run_id;
