package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Document;
import org.oncoev.extractors.text.StartScan;
import org.oncoev.extractors.text.Needle;

/**
 * Builds a document's {@link StudyArms}: the treatment labels of {@link ArmDetector}, and the short names the paper
 * puts before {@code arm} or {@code group} ({@code the weekly group}, {@code the CRT arm}) when it does so at
 * least twice, or once before a shared head noun ({@code the DE and DE + rh-endostatin groups}), or once when it
 * names the treatment of another name ({@code the RT group} beside {@code radiotherapy alone}). Names with the same words but for a closer
 * ({@code chemotherapy alone}, {@code chemotherapy}) are one arm. Pure and thread-safe.
 */
public final class ArmCatalog {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Arms kept at most. */
    public static final int MAX_ARMS = 8;
    private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}+/\\-\u2010\u2192*]{0,24}";
    private static final String LEAD = "(?<![\\p{L}\\p{N}])(?:the|in|for|of|between|and|versus|vs\\.?|than|to|both|with|from)\\s+(?:the\\s+)?";
    static final Pattern NAMED = Pattern.compile(LEAD + "(" + WORD + "(?:\\s+(?:\\+\\s+)?" + WORD + "){0,2}?)"
            + "\\s+(?:treatment\\s+)?(?:arm|group)s?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    static final Pattern PAIR = Pattern.compile(LEAD + "(" + WORD + "(?:\\s+(?:\\+\\s+)?" + WORD + ")?)\\s+(?:and|or|versus|vs\\.?)"
            + "\\s+(?:the\\s+)?(" + WORD + "(?:\\s+(?:\\+\\s+)?" + WORD + ")?)\\s+(?:treatment\\s+)?(?:arm|group)s?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    static final Pattern DESIGN = Pattern.compile(
            "(?i)\\b(?:randomi[sz]ed|randomly\\s+(?:assigned|allocated)|assigned|allocated)\\b");
    static final Pattern RANDOMISED = Pattern.compile(
            "(?i)\\brandomi[sz](?:ed|ation)\\b|\\brandomly\\s+(?:assigned|allocated|divided)\\b");
    private static final Pattern CLEAN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} +/\\-\u2010\u2192*]*");

    private ArmCatalog() {}

    /** A short name or label, how often it is written, where first. */
    private static final class Candidate {
        final String form;
        int count;
        int first;
        final Set<String> forms = new LinkedHashSet<>();
        /** For a lettered arm, the one-word name the paper writes beside it that no other candidate holds. */
        String named;

        Candidate(String form, int first) {
            this.form = form;
            this.first = first;
        }
    }

    /** The document's arms. */
    public static StudyArms build(Document document, List<String> detectedLabels) {
        return build(ArmTexts.of(document), detectedLabels);
    }

    /** The arms of the document whose texts are {@code document}. */
    public static StudyArms build(ArmTexts document, List<String> detectedLabels) {
        Map<String, Candidate> byName = new LinkedHashMap<>();
        for (String label : detectedLabels) {
            Candidate c = byName.computeIfAbsent(StudyArms.normal(label), k -> new Candidate(label, Integer.MAX_VALUE));
            c.count += 2;
            c.forms.add(label);
        }
        boolean randomised = false;
        int base = 0;
        List<String> texts = new ArrayList<>();
        List<String> lowerTexts = new ArrayList<>();
        List<String> allTexts = new ArrayList<>();
        List<String> allLower = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        for (ArmTexts.Text p : document.texts()) {
            String text = p.text();
            String lowerText = p.lower();
            // RANDOMISED starts with "random" (no letter of it has a non-ASCII case-insensitive twin)
            if (!randomised && LiteralStarts.scan(RANDOMISED, text, lowerText, "random").find(0)) randomised = true;
            if (!p.table()) {
                texts.add(text);
                lowerTexts.add(lowerText);
            }
            allTexts.add(text);
            allLower.add(lowerText);
            final int offset = base;
            ArmNounWindows.Scan windows = ArmNounWindows.scan(text, p.nouns());
            ArmNounWindows.forEachMatch(PAIR.matcher(text), windows, false, pair -> {
                if (pairs.size() < 50) pairs.add(new String[] {pair.group(1), pair.group(2)});
                // two names sharing one head noun are arms for sure: each counts twice
                for (int twice = 0; twice < 2; twice++) {
                    addName(byName, pair.group(1), offset + pair.start(1));
                    addName(byName, pair.group(2), offset + pair.start(2));
                }
            });
            // restart one character after each match start: a lead word may open the next name ("than in the X group")
            ArmNounWindows.forEachMatch(NAMED.matcher(text), windows, true,
                    named -> addName(byName, named.group(1), offset + named.start(1)));
            String lower = lowerText;
            for (Map.Entry<String, Candidate> e : byName.entrySet()) {
                Candidate c = e.getValue();
                if (c.first != Integer.MAX_VALUE) continue;
                int at = lower.indexOf(e.getKey());
                if (at >= 0) c.first = base + at;
            }
            base += text.length() + 1;
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : byName.values()) if (c.count >= 2 && CLEAN.matcher(c.form).matches()) kept.add(c);
        List<Candidate> rare = new ArrayList<>();
        for (Candidate c : byName.values()) {
            if (c.count >= 2 || !CLEAN.matcher(c.form).matches()) continue;
            for (Candidate k : kept) if (ArmNames.sameKey(c.form, k.form)) { rare.add(c); break; }
        }
        kept.addAll(rare);
        kept.sort(java.util.Comparator.comparingInt(c -> c.first));
        List<Candidate> joined = kept.stream().filter(c -> joinsTwo(c, kept)).toList();
        kept.removeAll(joined);
        List<List<Candidate>> groups = mergeAliases(kept, texts, lowerTexts, allTexts, allLower);
        List<StudyArm> arms = new ArrayList<>();
        for (List<Candidate> g : groups) {
            if (arms.size() == MAX_ARMS) break;
            Set<String> aliases = new LinkedHashSet<>();
            String label = g.get(0).form;
            int best = -1;
            for (Candidate c : g) {
                // a treatment name is a better label than a letter; then the longest name
                String form = c.named != null ? c.named : c.form;
                int words = RX_SPACES.split(form).length + (ArmNames.isLettered(form) ? 0 : 100);
                if (words > best) { best = words; label = form; }
                for (String f : c.forms) {
                    aliases.add(ArmNames.isShortCapitals(f) ? f : StudyArms.normal(f));
                    String inverted = letterFirst(f);
                    if (inverted != null) aliases.add(inverted);
                }
                if (c.named != null) aliases.add(ArmNames.isShortCapitals(c.named) ? c.named : StudyArms.normal(c.named));
            }
            arms.add(new StudyArm(label, List.copyOf(aliases), null));
        }
        StudyArms found = new StudyArms(arms, randomised && arms.size() >= 2);
        List<Integer> primary = primary(texts, lowerTexts, found);
        if (primary.isEmpty()) primary = pairedArms(pairs, found);
        return new StudyArms(arms, found.randomised(), primary, SharedBackbone.of(arms, texts, lowerTexts));
    }

    /** The two arms of the first {@code the A and B groups} whose names are two arms. */
    private static List<Integer> pairedArms(List<String[]> pairs, StudyArms arms) {
        for (String[] pair : pairs) {
            int a = arms.indexOf(pair[0].replaceFirst("(?i)^the\\s+", ""));
            int b = arms.indexOf(pair[1].replaceFirst("(?i)^the\\s+", ""));
            if (a >= 0 && b >= 0 && a != b) return List.of(a, b);
        }
        return List.of();
    }

    /**
     * The first two distinct arms named within 200 characters after a design verb ({@code randomised to}); a short
     * form alone in brackets is the definition of the words before it, not a name of its own.
     */
    private static List<Integer> primary(List<String> texts, List<String> lowerTexts, StudyArms arms) {
        if (arms.arms().size() < 2) return List.of();
        for (int k = 0; k < texts.size(); k++) {
            String lower = lowerTexts.get(k);
            String text = texts.get(k);
            // DESIGN starts with one of these words (none of their letters has a non-ASCII case-insensitive twin)
            StartScan design = LiteralStarts.scan(DESIGN, text, lower, "random", "assigned", "allocated");
            for (int from = 0; design.find(from); from = design.next()) {
                Matcher m = design.matcher();
                String window = text.substring(m.end(), Math.min(text.length(), m.end() + 200));
                int stop = window.indexOf(". ");
                if (stop > 0) window = window.substring(0, stop);
                List<Integer> order = new ArrayList<>();
                for (StudyArms.Mention mention : arms.mentions(window)) {
                    // a short form in brackets defines the words before it ("... agent (XYZ) control group")
                    if (bracketed(window, mention)) continue;
                    if (!order.contains(mention.arm())) order.add(mention.arm());
                }
                if (order.size() >= 2) return List.of(order.get(0), order.get(1));
            }
        }
        return List.of();
    }

    /** True when the mention is all that stands in its brackets: {@code (XYZ)}. */
    private static boolean bracketed(String text, StudyArms.Mention m) {
        return m.start() > 0 && m.end() < text.length() && text.charAt(m.start() - 1) == '(' && text.charAt(m.end()) == ')';
    }

    /** Adds one short name written at {@code at} when it names an arm. */
    private static void addName(Map<String, Candidate> byName, String raw, int at) {
        String name = RX_SPACES.matcher(raw).replaceAll(" ").strip();
        if (name.toLowerCase(Locale.ROOT).startsWith("the ")) name = name.substring(4);
        if (!ArmNames.namesArm(name)) return;
        String form = name;
        Candidate c = byName.computeIfAbsent(StudyArms.normal(name), k -> new Candidate(form, at));
        c.first = Math.min(c.first, at);
        c.count++;
        c.forms.add(name);
    }

    /**
     * Groups candidates: a name joins the earlier name with the same words but for closers ({@code chemotherapy
     * alone}, {@code chemotherapy}); a name of schedule words only joins the one name that contains its words
     * ({@code weekly} joins {@code weekly docetaxel} beside {@code 3-weekly docetaxel}).
     */
    private static List<List<Candidate>> mergeAliases(List<Candidate> kept, List<String> texts,
                                                      List<String> lowerTexts, List<String> allTexts,
                                                      List<String> allLower) {
        List<Set<String>> words = new ArrayList<>();
        for (Candidate c : kept) words.add(ArmNames.words(c.form));
        int[] parent = new int[kept.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < kept.size(); i++) {
            if (words.get(i).isEmpty()) continue;
            int same = -1;
            int superset = -1;
            int supersets = 0;
            for (int j = 0; j < kept.size(); j++) {
                if (j == i || !words.get(j).containsAll(words.get(i)) && !ArmNames.sameKey(kept.get(i).form, kept.get(j).form)) continue;
                if (words.get(j).equals(words.get(i)) || ArmNames.sameKey(kept.get(i).form, kept.get(j).form)) {
                    if (j < i && same < 0) same = j;
                } else {
                    superset = j;
                    supersets++;
                }
            }
            if (same >= 0) parent[i] = same;
            else if (supersets == 1 && !ArmNames.hasTreatment(kept.get(i).form)) parent[i] = superset;
        }
        for (int i = 0; i < kept.size(); i++) {
            if (parent[i] != i) continue;
            int longForm = definedBy(kept.get(i).form, kept, texts, lowerTexts);
            if (longForm >= 0 && longForm != i && parent[longForm] != i) parent[i] = longForm;
        }
        nameLetteredArms(kept, parent, allTexts, allLower);
        Map<Integer, List<Candidate>> groups = new LinkedHashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            int root = i;
            for (int hops = 0; parent[root] != root && hops < kept.size(); hops++) root = parent[root];
            groups.computeIfAbsent(root, k -> new ArrayList<>()).add(kept.get(i));
        }
        List<List<Candidate>> out = new ArrayList<>(groups.values());
        out.sort(java.util.Comparator.comparingInt(g -> g.stream().mapToInt(c -> c.first).min().orElse(0)));
        return out;
    }

    /**
     * A lettered arm still alone ({@code Arm B}) joins the candidate the paper writes beside it ({@link
     * LetteredArmNames}: {@code FLX (Arm B)}, {@code Group 2 FLX (N = 48)}), matched by its words but for closers
     * ({@code FLX only}); a name no candidate holds becomes the arm's own name.
     */
    private static void nameLetteredArms(List<Candidate> kept, int[] parent, List<String> allTexts, List<String> allLower) {
        for (int i = 0; i < kept.size(); i++) {
            if (parent[i] != i || !ArmNames.isLettered(kept.get(i).form)) continue;
            String name = LetteredArmNames.nameOf(kept.get(i).form, allTexts, allLower);
            if (name == null) continue;
            Set<String> nameWords = ArmNames.words(name);
            int match = -1;
            for (int j = 0; j < kept.size(); j++) {
                if (j != i && !ArmNames.isLettered(kept.get(j).form) && ArmNames.words(kept.get(j).form).equals(nameWords)) { match = j; break; }
            }
            if (match < 0) { kept.get(i).named = name; continue; }
            kept.get(match).forms.add(name);
            int root = match;
            for (int hops = 0; parent[root] != root && hops < kept.size(); hops++) root = parent[root];
            if (root != i) parent[i] = root;
        }
    }

    /** A name joining two others ({@code sorafenib and placebo}, {@code RT and CRT}): names both arms, not one. */
    private static boolean joinsTwo(Candidate c, List<Candidate> kept) {
        String lower = c.form.toLowerCase(Locale.ROOT);
        for (String joint : new String[] {" and ", " or ", " versus ", " vs "}) {
            int at = lower.indexOf(joint);
            if (at <= 0) continue;
            String left = lower.substring(0, at).strip();
            String right = lower.substring(at + joint.length()).strip();
            boolean l = false;
            boolean r = false;
            for (Candidate o : kept) {
                String f = StudyArms.normal(o.form);
                if (f.equals(left) || f.startsWith(left + " ")) l = true;
                if (f.equals(right) || f.endsWith(" " + right)) r = true;
            }
            if (l && r) return true;
        }
        return false;
    }

    /**
     * The candidate written right before {@code form} in parentheses ({@code chemotherapy plus cetuximab (CTX)},
     * {@code PCR plus bevacizumab (PCR-B; Arm A)}), when {@code form} is an abbreviation or a lettered arm; else -1.
     */
    private static int definedBy(String form, List<Candidate> kept, List<String> texts, List<String> lowerTexts) {
        boolean lettered = ArmNames.isLettered(form);
        if (!ArmNames.isAbbreviation(form) && !lettered) return -1;
        int best = -1;
        // both names must be in the text (lower-casing folds at least what the pattern folds): the texts holding
        // the form are listed once
        Needle lowerForm = Needle.of(form.toLowerCase(Locale.ROOT));
        int[] withForm = new int[texts.size()];
        int n = 0;
        for (int k = 0; k < texts.size(); k++) if (lowerForm.isIn(lowerTexts.get(k))) withForm[n++] = k;
        if (n == 0) return -1;
        for (int j = 0; j < kept.size(); j++) {
            String other = kept.get(j).form;
            if (other.equals(form) || ArmNames.isLettered(other) || ArmNames.isAbbreviation(other) && !lettered) continue;
            if (best >= 0 && kept.get(best).form.length() >= other.length()) continue;
            String before = ArmNames.isAbbreviation(other) ? "\\s*[(;,]\\s*" : "\\s*\\((?:[^()]{0,20}[;,]\\s*)?";
            Pattern p = null;
            Needle lowerOther = Needle.of(other.toLowerCase(Locale.ROOT));
            for (int w = 0; w < n; w++) {
                String lower = lowerTexts.get(withForm[w]);
                if (!lowerOther.isIn(lower)) continue;
                String t = texts.get(withForm[w]);
                if (p == null) p = Pattern.compile(Pattern.quote(other) + before + Pattern.quote(form) + "\\s*[;,)]",
                        Pattern.CASE_INSENSITIVE);
                if (LiteralStarts.find(p, t, lower, other)) { best = j; break; }
            }
        }
        return best;
    }

    /** {@code Group B} is also written {@code B group}; not for {@code A} or {@code I}, which open other phrases. */
    private static final Pattern LETTER_LAST = Pattern.compile("(?i)(arm|group|cohort)\\s+([B-D]|[1-4]|II|III|IV)");

    /** The lettered name with its letter first ({@code b group}), or null. */
    static String letterFirst(String form) {
        Matcher m = LETTER_LAST.matcher(form.strip());
        return m.matches() ? (m.group(2) + " " + m.group(1)).toLowerCase(Locale.ROOT) : null;
    }
}
