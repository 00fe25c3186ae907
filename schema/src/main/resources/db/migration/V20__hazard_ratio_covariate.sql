-- A hazard ratio whose label names a patient characteristic (a covariate of a multivariable model: age, sex, stage;
-- or a subgroup of a subgroup analysis) rather than the treatments compared. Rows written before hazard-ratio
-- extractor 1.5 read false until `oncoev extract` runs again.
ALTER TABLE hazard_ratios ADD COLUMN covariate BOOLEAN NOT NULL DEFAULT FALSE;
-- the view's t.* was expanded when it was created: recreate it so it shows the new column
CREATE OR REPLACE VIEW latest_hazard_ratios AS
    SELECT t.* FROM hazard_ratios t JOIN latest_extraction_runs r ON r.id = t.extraction_run_id;
