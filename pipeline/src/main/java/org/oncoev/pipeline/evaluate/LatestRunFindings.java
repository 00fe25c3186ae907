package org.oncoev.pipeline.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncoev.extractors.Finding;
import org.oncoev.pipeline.export.StoredFindings;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accepted findings of each current document's latest extraction run (the {@code latest_*} views) as
 * {@link Finding}s, keyed by the document's file name in name order, in passage order within a document; every
 * current document is a key, with an empty list when nothing was found. Read-only.
 */
public final class LatestRunFindings {
    private LatestRunFindings() {}

    public static Map<String, List<Finding>> load(JdbcTemplate jdbc) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (String name : jdbc.queryForList("SELECT d.file_name FROM documents d WHERE d.current ORDER BY d.file_name",
                String.class)) {
            out.putIfAbsent(name, new ArrayList<>());
        }
        StoredFindings.byFileName(new StoredFindings(jdbc).latest(false))
                .forEach((name, findings) -> out.computeIfAbsent(name, k -> new ArrayList<>()).addAll(findings));
        return out;
    }
}
