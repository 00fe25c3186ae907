package org.oncoev.pipeline.runs;

import java.util.ArrayList;
import java.util.List;

/** What one {@code extract} run did (a restarted run: all its executions): documents extracted, findings stored,
 *  documents skipped with reasons. */
public final class ExtractCounts {
    int documents;
    int findings;
    int rejected;
    int reindexed;
    int resumed;
    final List<String> skipped = new ArrayList<>();

    public int documents() { return documents; }
    public int findings() { return findings; }
    public int rejected() { return rejected; }
    public int reindexed() { return reindexed; }
    /** Documents whose run an interrupted earlier execution of this run had stored (counted in documents). */
    public int resumed() { return resumed; }
    public List<String> skipped() { return List.copyOf(skipped); }

    public String summary() {
        return documents + " document(s) extracted" + (resumed > 0 ? " (" + resumed + " before the interruption)" : "")
                + ", " + findings + " findings (" + rejected + " rejected), " + skipped.size() + " skipped, "
                + reindexed + " reindexed";
    }
}
