package org.oncoev.pipeline.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Running totals of one ingest job execution, kept in the step's execution context so a restarted step
 * continues counting. Not thread-safe: updated by the writer only.
 */
public final class IngestCounts {
    long newDocuments;
    long changed;
    long unchanged;
    long issues;
    long passages;
    long findings;
    long rejected;
    long gone;
    long unread;

    void load(ExecutionContext ctx) {
        newDocuments = ctx.getLong("ingest.new", 0);
        changed = ctx.getLong("ingest.changed", 0);
        unchanged = ctx.getLong("ingest.unchanged", 0);
        issues = ctx.getLong("ingest.issues", 0);
        passages = ctx.getLong("ingest.passages", 0);
        findings = ctx.getLong("ingest.findings", 0);
        rejected = ctx.getLong("ingest.rejected", 0);
        gone = ctx.getLong("ingest.gone", 0);
        unread = ctx.getLong("ingest.unread", 0);
    }

    void save(ExecutionContext ctx) {
        ctx.putLong("ingest.new", newDocuments);
        ctx.putLong("ingest.changed", changed);
        ctx.putLong("ingest.unchanged", unchanged);
        ctx.putLong("ingest.issues", issues);
        ctx.putLong("ingest.passages", passages);
        ctx.putLong("ingest.findings", findings);
        ctx.putLong("ingest.rejected", rejected);
        ctx.putLong("ingest.gone", gone);
        ctx.putLong("ingest.unread", unread);
    }

    /** Adds {@code other}'s totals to these (partitions of a scale-out run); returns this. */
    public IngestCounts add(IngestCounts other) {
        newDocuments += other.newDocuments;
        changed += other.changed;
        unchanged += other.unchanged;
        issues += other.issues;
        passages += other.passages;
        findings += other.findings;
        rejected += other.rejected;
        gone += other.gone;
        unread += other.unread;
        return this;
    }

    /** Adds {@code n} files found unchanged by path, size and mtime, without reading them. */
    public void addUnread(long n) {
        unchanged += n;
        unread += n;
    }

    /** Saves these totals in {@code ctx} (the keys {@link #from} reads). */
    public void saveTo(ExecutionContext ctx) {
        save(ctx);
    }

    /** Totals read back from a step execution context. */
    public static IngestCounts from(ExecutionContext ctx) {
        IngestCounts c = new IngestCounts();
        c.load(ctx);
        return c;
    }

    public long newDocuments() { return newDocuments; }
    public long changed() { return changed; }
    public long unchanged() { return unchanged; }
    public long issues() { return issues; }
    public long passages() { return passages; }
    public long findings() { return findings; }
    public long rejected() { return rejected; }
    /** These counts with {@code gone} set (the mark-gone step keeps its count apart). */
    public IngestCounts withGone(long gone) {
        this.gone = gone;
        return this;
    }

    /** Current versions whose file was deleted, marked gone by this run. */
    public long gone() { return gone; }
    /** Unchanged files recognised by path, size and mtime, without reading them. */
    public long unread() { return unread; }

    /**
     * One-line summary, e.g. {@code 3 new, 0 changed, 2 unchanged (2 not read), 1 issue, 0 gone; 120 passages,
     * 40 findings (2 rejected)}; the "not read" part only when some unchanged files were not read.
     */
    public String summary() {
        return String.format("%d new, %d changed, %d unchanged%s, %d issue%s, %d gone; %d passages, %d findings (%d rejected)",
                newDocuments, changed, unchanged, unread > 0 ? " (" + unread + " not read)" : "", issues,
                issues == 1 ? "" : "s", gone, passages, findings, rejected);
    }
}
