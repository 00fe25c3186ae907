package org.oncoev.extractors.dose;

import java.util.regex.Pattern;

/**
 * Tells a radiation amount that limits the dose to normal tissue from a prescribed one: an organ-at-risk constraint
 * ({@code mean lung dose < 20 Gy}, {@code spinal cord maximum 45 Gy}), a dose-volume parameter ({@code V20 Gy},
 * {@code heart volume receiving 10 Gy}) or a tissue's alpha/beta ratio ({@code alpha/beta of 3 Gy}). Such amounts are
 * no regimen dose, nor is an equivalent dose of another schedule ({@code EQD2 = 66 Gy}) or a scatter dose. Reads a bounded window before the amount. Stateless and thread-safe.
 */
final class NormalTissue {
    private NormalTissue() {}

    private static final int BEFORE = 80;
    /** How far before the amount a dosimetric word ({@link #DOSIMETRIC}) is looked for, across earlier amounts. */
    private static final int DOSIMETRIC_BEFORE = 40;
    /** Dosimetric limits written before a Gy value ({@code Dmax}, {@code V20}, {@code constraint}): not prescriptions. */
    private static final Pattern DOSIMETRIC = Pattern.compile(
            "\\b(?:D\\s?max|D\\s?mean|D\\d{1,2}|V\\d{1,2}|max(?:imum|imal)?|constraints?|tolerance|limit(?:ed|s)?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A dose-volume parameter's letter just before the amount ({@code V20 Gy}, {@code D 50 Gy}). */
    private static final Pattern DVH_LETTER = Pattern.compile("(?<![\\w-])[VD]\\s?$");
    private static final Pattern ALPHA_BETA = Pattern.compile("(?i)(?:α|alpha)\\s?/\\s?(?:β|beta)[^;.]{0,60}$");
    /** An equivalent or scatter dose stands for another schedule or tissue ({@code EQD2 = 66 Gy}, {@code scatter dose of 2 Gy}). */
    private static final Pattern EQUIVALENT = Pattern.compile(
            "(?i)\\b(?:equivalent to|EQD\\w*|BED\\w*)\\s{0,2}(?:[=:]|of|is|was|are|were)?\\s{0,2}$"
                    + "|\\bscatter(?:ed)? (?:radiation )?doses?\\b[^;.]{0,35}$");
    /** A dose named by the normal tissue that received it ({@code testicular doses ranged from 0.1 to 2 Gy}). */
    private static final Pattern TISSUE_DOSE = Pattern.compile(
            "(?i)\\b(?:testicular|gonadal|ovarian|cardiac|heart|lung|pulmonary|rectal|bladder|cord|thyroid|skin|lens|parotid)"
                    + "\\s(?:absorbed\\s)?doses?\\b[^;.]{0,25}$");
    private static final Pattern VOLUME_RECEIVING = Pattern.compile(
            "(?i)\\bvolumes?\\b[^;.]{0,30}\\breceiv\\w*\\s{0,2}(?:[<>≤≥]=?|more than|at least|over)?\\s{0,2}$");
    private static final String ORGAN = "spinal cord|cord|brain ?stem|lungs?|heart|rect(?:um|al)|bladder|parotids?"
            + "|o?esophag\\w*|kidneys?|renal|liver|hepatic|optic|chiasm|cochlea\\w*|femoral heads?|small bowel|bowel"
            + "|mandible|brachial plexus|lens|retina|stomach|duodenum|organs? at risk|OARs?";
    private static final String LIMIT = "[<>≤≥≦]|\\b(?:max(?:imum|imal)?|mean|median|limit\\w*|constrain\\w*|toleran\\w*"
            + "|(?:not|never) (?:to )?exceed\\w*|no more than|less than|lower than|below|under|D ?max|D ?mean|V ?\\d{1,3})\\b";
    /** An organ, not its tumour ({@code lung cancer}, {@code liver metastases}). */
    private static final String TISSUE = "\\b(?:" + ORGAN + ")\\b(?!\\s(?:cancers?|tumou?rs?|carcinomas?|metasta\\w*|lesions?|nodules?))";
    private static final Pattern ORGAN_LIMIT = Pattern.compile(
            "(?i)" + TISSUE + "[^;.]{0,40}(?:" + LIMIT + ")[^;.]{0,25}$");
    private static final Pattern LIMIT_ORGAN = Pattern.compile(
            "(?i)(?:" + LIMIT + ")[^;.]{0,25}" + TISSUE + "[^;.]{0,25}$");

    /**
     * True when the Gy amount starting at {@code start} of {@code s} limits normal tissue rather than prescribes;
     * {@code notBefore} is where the window may start at the earliest (the end of the amount before, or 0).
     */
    static boolean limit(String s, int start, int notBefore) {
        if (DOSIMETRIC.matcher(s).region(Math.max(0, start - DOSIMETRIC_BEFORE), start).find()) return true;
        String before = s.substring(Math.max(Math.max(0, notBefore), start - BEFORE), start);
        return DVH_LETTER.matcher(before).find() || ALPHA_BETA.matcher(before).find() || EQUIVALENT.matcher(before).find()
                || VOLUME_RECEIVING.matcher(before).find() || TISSUE_DOSE.matcher(before).find() || ORGAN_LIMIT.matcher(before).find()
                || LIMIT_ORGAN.matcher(before).find();
    }
}
