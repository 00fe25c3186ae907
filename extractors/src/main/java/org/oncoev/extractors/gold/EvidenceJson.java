package org.oncoev.extractors.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.oncoev.extractors.Relation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@link EvidenceDocument}s as the JSON of {@code FORMAT.md}. Reading is lenient: unknown
 * fields ({@code note}, {@code qualifier}, {@code notes}, ...) are ignored, missing lists are empty, numbers
 * written as strings ({@code ".05"}) are parsed, relations such as {@code ≤} are normalised, and a missing
 * {@code mentions} counts as 1. Thread-safe.
 */
public final class EvidenceJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private EvidenceJson() {}

    /** Reads one evidence file; fails with an {@link IOException} naming the file when it is not valid. */
    public static EvidenceDocument read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(json);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IOException(file.getFileName() + ": not an evidence file: " + e.getMessage(), e);
        }
    }

    /** Parses evidence JSON text; throws {@link IllegalArgumentException} when it is not an object. */
    public static EvidenceDocument parse(String json) {
        JsonNode root = MAPPER.readTree(json);
        if (root == null || !root.isObject()) throw new IllegalArgumentException("top level is not an object");
        return new EvidenceDocument(text(root.get("document")),
                list(root.get("cohorts"), EvidenceJson::cohort),
                list(root.get("survival"), EvidenceJson::survival),
                list(root.get("p_values"), EvidenceJson::pValue),
                list(root.get("hazard_ratios"), EvidenceJson::hazardRatio),
                list(root.get("doses"), EvidenceJson::dose));
    }

    /** Writes one evidence file (UTF-8, indented). */
    public static void write(EvidenceDocument doc, Path file) throws IOException {
        Files.writeString(file, toJson(doc), StandardCharsets.UTF_8);
    }

    /** The JSON text of a document in the field order of {@code FORMAT.md}. */
    public static String toJson(EvidenceDocument doc) {
        return toJson(toTree(doc));
    }

    /** The JSON text of a tree from {@link #toTree} (callers may have added fields), indented as evidence files are. */
    public static String toJson(ObjectNode tree) {
        return MAPPER.writeValueAsString(tree) + "\n";
    }

    /** The JSON tree of a document (for callers that embed it). */
    public static ObjectNode toTree(EvidenceDocument doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document", doc.document());
        ArrayNode cohorts = root.putArray("cohorts");
        for (EvidenceDocument.Cohort c : doc.cohorts()) {
            cohorts.addObject().put("size", c.size()).put("arm", c.arm()).put("quote", c.quote());
        }
        ArrayNode survival = root.putArray("survival");
        for (EvidenceDocument.Survival s : doc.survival()) {
            ObjectNode o = survival.addObject().put("endpoint", s.endpoint()).put("measure", s.measure());
            if ("rate".equals(s.measure()) || s.timeMonths() != null) o.put("time_months", s.timeMonths());
            o.put("value", s.value());
            if (s.valueMax() != null) o.put("value_max", s.valueMax());
            o.put("unit", s.unit()).put("arm", s.arm());
            putCi(o, s.ciLow(), s.ciHigh());
            o.put("quote", s.quote());
        }
        ArrayNode pValues = root.putArray("p_values");
        for (EvidenceDocument.PValue p : doc.pValues()) {
            pValues.addObject().put("relation", p.relation()).put("value", p.value())
                    .put("mentions", p.mentions()).put("source", p.source());
        }
        ArrayNode hrs = root.putArray("hazard_ratios");
        for (EvidenceDocument.HazardRatio h : doc.hazardRatios()) {
            ObjectNode o = hrs.addObject().put("value", h.value());
            putCi(o, h.ciLow(), h.ciHigh());
            if (h.arm() != null) o.put("arm", h.arm());
            o.put("quote", h.quote());
        }
        ArrayNode doses = root.putArray("doses");
        for (EvidenceDocument.Dose d : doc.doses()) {
            doses.addObject().put("agent", d.agent()).put("amount", d.amount()).put("amount_max", d.amountMax())
                    .put("unit", d.unit()).put("route", d.route()).put("schedule", d.schedule())
                    .put("arm", d.arm()).put("quote", d.quote());
        }
        return root;
    }

    private static void putCi(ObjectNode o, Double low, Double high) {
        if (low == null || high == null) {
            o.putNull("ci");
        } else {
            o.putArray("ci").add(low).add(high);
        }
    }

    private static EvidenceDocument.Cohort cohort(JsonNode n) {
        return new EvidenceDocument.Cohort((int) Math.round(number(n.get("size"), "size")), text(n.get("arm")),
                text(n.get("quote")));
    }

    private static EvidenceDocument.Survival survival(JsonNode n) {
        Double[] ci = ci(n.get("ci"));
        return new EvidenceDocument.Survival(text(n.get("endpoint")), text(n.get("measure")),
                number(n.get("value"), "value"), optNumber(n.get("value_max")), text(n.get("unit")),
                optNumber(n.get("time_months")), ci[0], ci[1], text(n.get("arm")), text(n.get("quote")));
    }

    private static EvidenceDocument.PValue pValue(JsonNode n) {
        String rel = text(n.get("relation"));
        Relation parsed = Relation.parse(rel == null ? "=" : rel);
        Double mentions = optNumber(n.get("mentions"));
        return new EvidenceDocument.PValue(parsed == null ? rel : parsed.symbol(), number(n.get("value"), "value"),
                mentions == null ? 1 : (int) Math.round(mentions), text(n.get("source")));
    }

    private static EvidenceDocument.HazardRatio hazardRatio(JsonNode n) {
        Double[] ci = ci(n.get("ci"));
        return new EvidenceDocument.HazardRatio(number(n.get("value"), "value"), ci[0], ci[1], text(n.get("arm")),
                text(n.get("quote")));
    }

    private static EvidenceDocument.Dose dose(JsonNode n) {
        return new EvidenceDocument.Dose(text(n.get("agent")), number(n.get("amount"), "amount"),
                optNumber(n.get("amount_max")), text(n.get("unit")), text(n.get("route")),
                text(n.get("schedule")), text(n.get("arm")), text(n.get("quote")));
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> out = new ArrayList<>();
        if (array == null || !array.isArray()) return out;
        for (JsonNode n : array) {
            if (n != null && n.isObject()) out.add(element.apply(n));
        }
        return out;
    }

    private static Double[] ci(JsonNode n) {
        if (n == null || !n.isArray() || n.size() < 2) return new Double[] {null, null};
        Double low = optNumber(n.get(0));
        Double high = optNumber(n.get(1));
        return low == null || high == null ? new Double[] {null, null} : new Double[] {low, high};
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        return n.isString() ? n.stringValue() : n.toString();
    }

    private static double number(JsonNode n, String field) {
        Double d = optNumber(n);
        if (d == null) throw new IllegalArgumentException("missing number '" + field + "'");
        return d;
    }

    private static Double optNumber(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (n.isNumber()) return n.asDouble();
        if (n.isString()) {
            String s = n.stringValue().strip().replace(',', '.');
            if (s.isEmpty()) return null;
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: '" + s + "'");
            }
        }
        return null;
    }
}
