package org.oncoev.extractors.text;

/**
 * The characters a regex match may start with, as a table for ASCII and a short list (or "any") for the rest:
 * {@link StartScan} skips other positions without calling its test. Immutable and thread-safe.
 */
public final class StartChars {
    private final boolean[] ascii = new boolean[128];
    private final String other;
    private final boolean anyOther;

    private StartChars(String chars, boolean anyOther) {
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c < 128) ascii[c] = true; else rest.append(c);
        }
        this.other = rest.toString();
        this.anyOther = anyOther;
    }

    /** Exactly these characters (ASCII or not). */
    public static StartChars of(String chars) {
        return new StartChars(chars, false);
    }

    /** These characters, the ASCII digits and the ASCII letters of {@code letters} in both cases. */
    public static StartChars of(String chars, boolean digits, String letters) {
        StringBuilder sb = new StringBuilder(chars);
        if (digits) sb.append("0123456789");
        for (int i = 0; i < letters.length(); i++) {
            sb.append(Character.toLowerCase(letters.charAt(i))).append(Character.toUpperCase(letters.charAt(i)));
        }
        return new StartChars(sb.toString(), false);
    }

    private static final StartChars ANY = new StartChars("", true);
    static {
        java.util.Arrays.fill(ANY.ascii, true);
    }

    /** Any character at all (the test decides); one shared instance. */
    public static StartChars any() {
        return ANY;
    }

    public boolean contains(char c) {
        return c < 128 ? ascii[c] : anyOther || other.indexOf(c) >= 0;
    }
}
