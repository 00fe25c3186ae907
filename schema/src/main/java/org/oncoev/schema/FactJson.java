package org.oncoev.schema;

import java.lang.reflect.RecordComponent;
import java.util.Locale;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Relation;

/** Serialises a {@link Fact} record to a flat JSON object (component names as keys), for {@code rejected_findings.fact}. */
public final class FactJson {
    private FactJson() {}

    public static String of(Fact fact) {
        StringBuilder sb = new StringBuilder("{\"type\":\"").append(fact.type().key()).append('"');
        for (RecordComponent rc : fact.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(fact);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + rc.getName(), e);
            }
            sb.append(",\"").append(rc.getName()).append("\":").append(value(v));
        }
        return sb.append('}').toString();
    }

    private static String value(Object v) {
        if (v == null) return "null";
        if (v instanceof Relation r) return quote(r.symbol());
        if (v instanceof Double d) return d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%s", d);
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        return quote(v.toString());
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
