-- The works view (V14) keyed a paper by its DOI, else its PMID: a copy that states only the PMID (a PDF whose first
-- page prints "PMID: ...") stayed apart from the JATS copy that states both. Now a PMID-only copy takes the DOI of
-- a current document with the same PMID, so both fall under one work_key (the lower-case DOI).
CREATE OR REPLACE VIEW works AS
SELECT DISTINCT ON (work_key) *
FROM (SELECT coalesce(lower(d.doi),
                      (SELECT lower(o.doi) FROM documents o
                       WHERE o.current AND d.pmid IS NOT NULL AND o.pmid = d.pmid AND o.doi IS NOT NULL
                       ORDER BY o.id LIMIT 1),
                      'pmid:' || d.pmid, 'doc:' || d.id) AS work_key, d.*
      FROM documents d WHERE d.current) w
ORDER BY work_key, (format = 'jats') DESC, id;
