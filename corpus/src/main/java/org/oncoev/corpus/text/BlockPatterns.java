package org.oncoev.corpus.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oncoev.corpus.ExclusionReason;

/**
 * Recognisers for non-evidence blocks (licence, funding and furniture boilerplate, affiliations, author lists, page debris),
 * captions, table titles and labelled abstract paragraphs. All work on normalised text and only look
 * at its first {@link #HEAD} characters, so each call is bounded.
 */
final class BlockPatterns {
    static final int HEAD = 400;

    private BlockPatterns() {}

    private static final Pattern LICENCE = Pattern.compile("(?i)^(?:copyright\\b|©|\\(c\\) \\d{4}|this is an open[- ]access"
            + "|open access\\b|licen[cs]e:|this article is (?:licensed|distributed)|this work is licensed|publisher'?s note"
            + "|(?:this|the) (?:article|work) is (?:an open access|distributed|published under)|creative commons"
            + "|\\d{4}-\\d{3}[\\dx]\\s?/\\s?(?:©|\\(c\\)|\\$))"); // ISSN/© line of an Elsevier first page
    /** A copyright sign or (c) year within a block's first 150 characters; group 1 is the text before it. */
    private static final Pattern COPYRIGHT_NEAR_START = Pattern.compile("(?i)^(.{0,150}?)(?:\u00a9|\\(c\\) (?:19|20)\\d\\d)");
    private static final Pattern FUNDING = Pattern.compile("(?i)^(?:funding:|funding sources?:|financial support:|sources? of (?:funding|support):"
            + "|conflicts? of interest|competing interests?|disclosures?:|declaration of (?:interest|competing)|author contributions?:"
            + "|authors' contributions|contributors:|acknowledge?ments?:|role of the funding source:?"
            + "|the authors (?:have no|declare|report no|have declared|state that|disclose)|no potential conflicts?)");
    /** Funding sentences that open a short paragraph without a label. */
    private static final Pattern FUNDING_SENTENCE = Pattern.compile("(?i)^(?:this|the) (?:work|study|research|trial|project) (?:was|is|has been)"
            + " (?:partly |partially |in part )?(?:supported|funded|sponsored) by|^we (?:thank|acknowledge|are grateful)");
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:how to cite|cite this article|citation:|received:|received \\d"
            + "|revised:|accepted:|accepted for publication|submitted:?\\s+(?:\\w+ )?\\d|published:|published online|epub|doi:"
            + "|https?://|www\\.|view this article|(?:academic |associate |handling |section )?editor:|edited by|reviewed by|article history|peer review|reporting checklist"
            + "|the pre-publication history|page \\d+ of \\d+|submit your (?:next )?manuscript"
            + "|• (?:convenient online submission|thorough peer review|no space constraints|immediate publication on acceptance"
            + "|inclusion in pubmed|research which is freely available))");
    private static final Pattern CORRESPONDENCE = Pattern.compile("(?i)^e-?mail:");
    private static final Pattern AFFILIATION_START = Pattern.compile("(?i)^(?:\\*\\s*)?(?:correspondence|corresponding author|address for correspondence"
            + "|\\*?\\s*these authors contributed|†\\s*these authors|[a-z]\\s+(?:department|division|school|university|institute|faculty)"
            + "|\\d{1,2}\\s*(?:department|division|school|university|institute|faculty|laboratory)|department of|division of)");
    private static final Pattern INSTITUTION = Pattern.compile("(?i)\\b(?:department|university|hospital|institute|cent(?:er|re)|school of"
            + "|college|faculty|laborator(?:y|ies)|clinic|academy|division of)\\b");
    private static final Pattern CAPTION = Pattern.compile("(?i)^(?:supplementary )?(?:figure|fig\\.?|scheme|graph)\\s*(?:\\d{1,3}|[ivx]{1,5}|s\\d{1,3})[a-z]?\\b");
    private static final Pattern TABLE_TITLE = Pattern.compile("(?i)^(?:supplementary )?table\\s*(?:\\d{1,3}|[ivx]{1,5}|s\\d{1,3})[a-z]?\\b");
    private static final Pattern TABLE_NOTE = Pattern.compile("(?i)^(?:notes?:|abbreviations?:|data are (?:presented|shown|expressed)"
            + "|values are|[*†‡§]\\s*\\S|(?-i:[a-z]\\s?[A-Z]|\\p{Lu}{2,}\\s?=\\s))");
    private static final Pattern ABSTRACT_LABEL = Pattern.compile("(?i)^(?:abstract|aims?|background|purpose|objectives?|introduction|context"
            + "|(?:patients|materials|subjects|experimental design),? and methods|methods?|design|setting|participants|interventions?"
            + "|main outcome measures?|results?|findings|conclusions?|interpretation|significance|importance|implications"
            + "|trial registration|summary)\\s*[:.]\\s+\\S");
    private static final Pattern PAGE_DEBRIS = Pattern.compile("(?i)^(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$|^[-–—]\\s*\\d{1,4}\\s*[-–—]$");

    private static String head(String text) {
        return text.length() <= HEAD ? text : text.substring(0, HEAD);
    }

    /**
     * The reason a block is not evidence when it is positively recognised as a licence or copyright notice,
     * funding, acknowledgement, contribution or competing-interest statement, an e-mail line (affiliations) or
     * journal furniture (citation line, dates, DOI, editors); else null. Ethics, consent, data availability,
     * keyword and abbreviation lines are not recognised: they stay evidence-bearing.
     */
    static ExclusionReason boilerplateReason(String text) {
        String h = head(text);
        if (LICENCE.matcher(h).find()) return ExclusionReason.LICENCE;
        if (text.length() <= 600 && isCitationThenCopyright(h) && !looksLikeResults(h)) return ExclusionReason.LICENCE;
        if (FUNDING.matcher(h).find()) return ExclusionReason.FUNDING;
        if (text.length() <= 600 && FUNDING_SENTENCE.matcher(h).find() && !looksLikeResults(h)) return ExclusionReason.FUNDING;
        if (FURNITURE.matcher(h).find()) return ExclusionReason.FURNITURE;
        if (CORRESPONDENCE.matcher(h).find()) return ExclusionReason.AFFILIATIONS;
        return null;
    }

    /** A journal citation line, then a copyright sign in the same block ({@code Journal (2014), 26:1, 147-154 © ...}). */
    private static boolean isCitationThenCopyright(String head) {
        Matcher m = COPYRIGHT_NEAR_START.matcher(head);
        return m.find() && !m.group(1).isBlank() && isBanner(m.group(1).strip());
    }

    /** Journal boilerplate: licence, funding and interests, citation lines, dates, DOIs ({@link #boilerplateReason}). */
    static boolean isBoilerplate(String text) {
        return boilerplateReason(text) != null;
    }

    private static final Pattern METADATA_LINE = Pattern.compile("(?i)^(?:keywords?|key ?words|abbreviations?(?: used)?|index terms)\\s*:");

    /** A {@code Keywords:} or {@code Abbreviations:} line: closes an abstract, opens no section, stays evidence-bearing. */
    static boolean isMetadataLine(String text) {
        return METADATA_LINE.matcher(head(text)).find();
    }

    private static final Pattern REFERENCE_SIGNS = Pattern.compile("(?i)\\b(?:1[89]\\d\\d|20\\d\\d)\\b|\\bdoi\\b|\\bet al\\b|\\bpmid\\b"
            + "|\\d+\\s*\\(\\d+\\)\\s*:\\s*\\d|;\\s*\\d+\\s*:\\s*\\d|\\bvol\\.|\\bpp?\\.\\s*\\d|^\\[?\\d{1,3}[.\\])]?\\s+\\p{Lu}\\p{L}+,? (?:\\p{Lu}{1,3}\\b|\\p{Lu}\\.)"
            + "|(?:(?:\\p{Lu}\\.\\s?){1,3}\\s?\\p{Lu}[\\p{L}'-]+,\\s*){2}");

    /** A reference entry or list: a year, DOI, PMID, {@code et al.}, volume and pages, or a numbered author name. */
    static boolean looksLikeReference(String text) {
        return REFERENCE_SIGNS.matcher(text.length() <= 4000 ? text : text.substring(0, 4000)).find();
    }

    private static final Pattern NUMBERED_ENTRY = Pattern.compile("^\\[?\\d{1,3}[.\\])]?\\s+\\p{Lu}");

    /** A numbered reference entry ({@code 12. Author AB, ... 2019;...}), as a reference list continues after back matter. */
    static boolean isNumberedReference(String text) {
        return NUMBERED_ENTRY.matcher(text).find() && looksLikeReference(text) && !looksLikeResults(text);
    }

    private static final Pattern RESULTS_SIGNS = Pattern.compile("(?i)\\b(?:95\\s?%\\s?ci|confidence interval|hazard ratio|p\\s?[<=>≤]\\s?[01]?\\.\\d"
            + "|median (?:overall|progression|survival|follow)|\\d+(?:\\.\\d+)? months)");

    /** Signs of reported results (a CI, a p-value, a hazard ratio, months): such text is not boilerplate. */
    static boolean looksLikeResults(String text) {
        return RESULTS_SIGNS.matcher(head(text)).find();
    }

    /** Affiliations, correspondence and equal-contribution notes. */
    static boolean isAffiliation(String text, boolean frontMatter) {
        String h = head(text);
        if (AFFILIATION_START.matcher(h).find()) return true;
        if (!frontMatter || text.length() > 4000 || isProse(text) || mostlyLowerCase(text) || looksLikeResults(text)) return false;
        boolean marked = h.matches("^(?:[\\d*†‡]{1,3}|[a-z]) ?\\p{Lu}.*") || h.contains("^");
        return INSTITUTION.matcher(h).find() && (marked || countSeparators(h) >= 3);
    }

    /** Running prose: mostly lower-case words and at least two sentences (affiliations are capitalised lists). */
    static boolean isProse(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 25) return false;
        int lower = 0;
        for (String w : words) if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) lower++;
        int sentences = 0;
        for (int i = text.indexOf(". "); i >= 0 && sentences < 2; i = text.indexOf(". ", i + 2)) sentences++;
        return lower * 2 >= words.length && sentences >= 2;
    }

    /** At least 20 words, half of them starting lower-case: running text, not a list of names and places. */
    private static boolean mostlyLowerCase(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 20) return false;
        int lower = 0;
        for (String w : words) if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) lower++;
        return lower * 2 >= words.length;
    }

    /** A line of author names: short comma-separated capitalised names, no sentence. */
    static boolean isAuthorList(String text) {
        if (text.length() > 1500 || text.indexOf(". ") > 0 && !text.matches(".*\\b\\p{Lu}\\. .*")) return false;
        String[] parts = text.split(",|;| and ");
        if (parts.length < 2) return false;
        int names = 0;
        for (String p : parts) {
            String s = p.strip();
            if (s.isEmpty()) continue;
            String[] w = s.split("\\s+");
            if (w.length <= 5 && Character.isUpperCase(s.charAt(0))) names++;
            else if (w.length > 5) return false;
        }
        return names * 4 >= parts.length * 3;
    }

    /**
     * Labels of a figure set as text, gathered by the PDF reader into one block right before the figure's caption:
     * two or more lines (not a table: the caller checks), each at most 60 characters and three in four at most 40
     * (a flow chart's box holds a longer label), the next block a figure caption.
     */
    static boolean isFigureText(String src, int start, int end, int lines, String next) {
        if (lines < 2 || !FIGURE_CAPTION.matcher(next).lookingAt()) return false;
        int from = start, all = 0, longer = 0;
        while (from < end) {
            int nl = src.indexOf('\n', from);
            int to = nl < 0 || nl > end ? end : nl;
            int length = src.substring(from, to).strip().length();
            if (length > 60) return false;
            if (length > 40) longer++;
            all++;
            from = to + 1;
        }
        return longer * 4 <= all;
    }

    private static final Pattern FIGURE_CAPTION = Pattern.compile("(?:Fig(?:ure)?s?\\.?|FIGURE)\\s*S?\\d");

    static boolean isCaption(String text) {
        return CAPTION.matcher(head(text)).find();
    }

    /** {@code Table 2 ...} as a title: a bare label or a short title line. */
    static boolean isTableTitle(String text) {
        return TABLE_TITLE.matcher(head(text)).find() && text.length() <= 400;
    }

    /** True when the text is only a table label such as {@code Table 1}. */
    static boolean isBareTableLabel(String text) {
        return isTableTitle(text) && text.length() <= 16;
    }

    /** Notes under a table: abbreviations, footnote marks, {@code Data are presented as ...}. */
    static boolean isTableNote(String text) {
        return text.length() <= 3000 && TABLE_NOTE.matcher(head(text)).find();
    }

    /** A labelled abstract paragraph ({@code Aim: ...}, {@code Results: ...}, {@code Abstract: ...}). */
    static boolean isAbstractLabel(String text) {
        return ABSTRACT_LABEL.matcher(head(text)).find();
    }

    private static final Pattern CONCLUSION_LABEL = Pattern.compile("(?i)^(?:conclusions?|interpretation|significance|implications"
            + "|conclusions? and (?:relevance|implications))\\s*[:.]\\s+\\S");

    /** A labelled abstract paragraph that closes an abstract ({@code Conclusions: ...}, {@code Interpretation: ...}). */
    static boolean isConclusionLabel(String text) {
        return CONCLUSION_LABEL.matcher(head(text)).find();
    }

    /** An article category or access banner ({@code Research Article}, {@code Open Access}). */
    private static final String BANNER_PHRASE = "(?:open access|research|(?:original |research |review |clinical )?"
            + "(?:article|research|investigation|paper|report|contribution|communication|review|study|trial)s?"
            + "|(?:systematic |narrative )?review(?: article)?|short communication|brief (?:report|communication)|letters?(?: to the editor)?"
            + "|editorial|case reports?|perspective|commentary|cancer|oncology|medicine|[a-z]+ oncology|open)";
    /**
     * One to three banner phrases on a line ({@code RESEARCH ARTICLE Open Access}), or a publisher's name
     * ({@code Example Publishing Corporation}, {@code Example University Press}).
     */
    private static final Pattern BANNER_LINE = Pattern.compile("(?i)^" + BANNER_PHRASE + "(?:\\s+" + BANNER_PHRASE + "){0,2}$"
            + "|^(?:\\S+ ){1,3}(?:publishing(?: corporation| company| group| house)?|publishers|university press)$");
    private static final Pattern BANNER_PART = Pattern.compile("(?i)\\bdoi\\b|\\bissn\\b|\\bvol(?:ume)?\\.?\\s*\\d|\\bissue\\s*\\d"
            + "|\\b(?:19|20)\\d\\d\\s*(?:[;:]\\s*\\d|,\\s*\\d+\\s*[(:])|\\d+\\s*\\(\\d+\\)\\s*:\\s*\\d"
            + "|\\((?:19|20)\\d\\d\\),?\\s*\\d+(?::\\d+)?,\\s*\\d+\\s*[\u2013-]\\s*\\d+|\\bjournal\\b|^(?:the )?(?:annals|archives|proceedings|bulletin) of\\b"
            + "|https?://|www\\.|^(?:published|received|accepted|available online|e-?pub|citation|cite)\\b"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2},? (?:19|20)\\d\\d\\b"
            + "|\\b\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (?:19|20)\\d\\d\\b");

    /**
     * A journal banner line that precedes the title in PDF text: journal name, DOI, volume or issue,
     * dates, article category ({@code Open Access}, {@code Research Article}).
     */
    static boolean isBanner(String text) {
        if (text.length() > 200) return false;
        String t = text.strip();
        return BANNER_LINE.matcher(t).matches() || BANNER_PART.matcher(t).find();
    }

    /**
     * A lone page number or a page counter; or one token with a digit repeated three or more times and nothing else
     * ({@code a1111111111 a1111111111 a1111111111}, a publisher's placeholder column on a first page).
     */
    static boolean isPageDebris(String text) {
        String t = text.strip();
        if (t.length() <= 20 && PAGE_DEBRIS.matcher(t).find()) return true;
        return t.length() <= 600 && REPEATED_TOKEN.matcher(t).matches() && t.chars().anyMatch(Character::isDigit);
    }

    private static final Pattern REPEATED_TOKEN = Pattern.compile("(\\S{4,40})(?:\\s+\\1){2,}");

    private static int countSeparators(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',' || s.charAt(i) == ';') n++;
        return n;
    }
}
