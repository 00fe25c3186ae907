package org.oncoev.schema;

import java.util.List;
import java.util.Map;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.Fact;

/**
 * Names of the evidence tables (V2 migration) and their type-specific columns, in insert order. Every table
 * also has the provenance columns document_id, extraction_run_id, passage_id, passage_ordinal, char_start,
 * char_end, passage_start, passage_end, raw_text, confidence, extractor, extractor_version, arm, arm_id, cited.
 */
public final class EvidenceTables {
    private EvidenceTables() {}

    public static final String COHORTS = "cohorts";
    public static final String SURVIVAL = "survival_outcomes";
    public static final String P_VALUES = "p_values";
    public static final String HAZARD_RATIOS = "hazard_ratios";
    public static final String DOSES = "doses";
    public static final String REJECTED = "rejected_findings";

    private static final Map<String, List<String>> COLUMNS = Map.of(
            COHORTS, List.of("size"),
            SURVIVAL, List.of("endpoint", "measure", "value", "value_max", "unit", "time_months", "ci_low", "ci_high"),
            P_VALUES, List.of("p_value_modifier", "p_value", "p_value_raw", "in_table"),
            HAZARD_RATIOS, List.of("hazard_ratio", "ci_low", "ci_high", "p_value_modifier", "p_value", "adjusted",
                    "covariate"),
            DOSES, List.of("agent", "agent_id", "amount", "amount_max", "unit", "route", "schedule", "regimen"),
            REJECTED, List.of("evidence_type", "reason", "fact"));

    /** The table that stores accepted facts of this type. */
    public static String tableOf(EvidenceType type) {
        return switch (type) {
            case COHORT -> COHORTS;
            case SURVIVAL -> SURVIVAL;
            case P_VALUE -> P_VALUES;
            case HAZARD_RATIO -> HAZARD_RATIOS;
            case DOSE -> DOSES;
        };
    }

    public static String tableOf(Fact fact) {
        return tableOf(fact.type());
    }

    /** The type-specific columns of {@code table}, in the order {@link EvidenceWriter} binds them. */
    public static List<String> columns(String table) {
        List<String> cols = COLUMNS.get(table);
        if (cols == null) throw new IllegalArgumentException("not an evidence table: " + table);
        return cols;
    }

    /** The five fact tables, in {@link EvidenceType} order. */
    public static List<String> factTables() {
        return List.of(COHORTS, SURVIVAL, P_VALUES, HAZARD_RATIOS, DOSES);
    }
}
