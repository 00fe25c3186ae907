package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.Span;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Extractor;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Findings;
import org.oncoev.extractors.arms.CitationCues;
import org.oncoev.extractors.arms.PerArmFacts;
import org.oncoev.extractors.arms.StudyArms;
import org.oncoev.extractors.lexicon.AgentLexicon;
import org.oncoev.extractors.lexicon.AgentMention;
import org.oncoev.extractors.text.TokenStarts;

/**
 * Finds doses: an agent from the {@link AgentLexicon} (or an abbreviation the document defines for one) with an
 * amount (or range) and unit, plus the route, schedule and regimen written around it. One finding per agent and
 * amount ({@code 5-FU 400 mg/m2 bolus followed by 600 mg/m2} gives two) and per arm that receives it
 * ({@link DoseArms}). Any amount in Gy is a {@code radiotherapy} dose; a total with its fraction count also gives
 * the dose per fraction. Amounts with no agent nearby (lab values, concentrations, sizes) are skipped. Reads sentence by sentence, each at most
 * {@value #MAX_SENTENCE} characters. Pure and thread-safe.
 */
public final class DoseExtractor implements Extractor {
    static final int MAX_SENTENCE = 2000;
    private static final Set<String> NOT_DOSED = Set.of("placebo", "radiotherapy", "gelatin sponge");
    private static final Pattern BLOCKING = Pattern.compile(
            "\\b(?:and|plus|versus|vs|compared|than|or|patients?|group|arm|while|whereas|but|after|before|followed)\\b|[;,]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLER = Pattern.compile(
            "(?:\\s|[(\\[:=]|\\b(?:at|a|an|the|dose|doses|dosage|of|was|were|is|are|given|administered|used|fixed|total|"
                    + "starting|initial|standard|flat|daily|each|in|by|with|orally|oral|intravenously|iv|i\\.v\\.|"
                    + "subcutaneously|intramuscularly|intravenous|infusion|injection|bolus)\\b)*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_AFTER = Pattern.compile("\\s{0,2}of\\s{1,2}(?:the\\s)?(?:[\\w-]{1,20}\\s){0,2}");
    private static final Pattern WORDS_AFTER = Pattern.compile("\\s{0,2}(?:[\\w-]{1,20}\\s){0,2}");
    private static final Pattern COORDINATION = Pattern.compile("\\s{0,2}(?:,|and|or|to|versus|vs\\.?)\\s{0,2}");
    private static final Pattern SLASH = Pattern.compile("\\s?/\\s?");
    private static final Pattern PARENTHETICAL = Pattern.compile("[(\\[][^()\\[\\]\\d]{0,150}[)\\]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GARBLED_POWER = Pattern.compile(".{0,3}(?<![A-Za-z])[×x]\\s?10[1-9]\\s?");
    private static final Pattern SHORT_GAP = Pattern.compile("[\\s,:=(\\[]{0,4}");

    private final AgentLexicon lexicon;
    private final NearMisses spelling;

    public DoseExtractor() {
        this(AgentLexicon.defaults());
    }

    public DoseExtractor(AgentLexicon lexicon) {
        this.lexicon = lexicon;
        this.spelling = new NearMisses(lexicon.genericNames());
    }

    @Override public String name() { return "dose"; }
    @Override public String version() { return "3.4.11"; }
    @Override public EvidenceType type() { return EvidenceType.DOSE; }

    @Override
    public List<Finding> extract(Passage passage, ExtractionContext context) {
        // every amount pattern starts with a digit: a passage without one has no dose
        String text = passage.text();
        // scanned as a char array: String.charAt is a call per character under C1
        char[] chars = text.toCharArray();
        int from = 0;
        int digit = nextDigit(chars, from);
        if (digit < 0) return List.of();
        List<Finding> out = new ArrayList<>();
        DoseDetails.ProcedureRoute procedure = new DoseDetails.ProcedureRoute(text);
        DoseArms arms = new DoseArms(lexicon, context, text);
        Span previous = null;
        for (Span span : DoseSentences.of(passage)) {
            Span before = previous;
            previous = span;
            // read() finds nothing in a sentence without a digit: it is not copied out
            if (span.start() < from || digit >= 0 && digit < span.start()) digit = nextDigit(chars, from = span.start());
            if (digit < 0 || digit >= span.end()) continue;
            String sentence = text.substring(span.start(), span.end());
            // the sentence's token starts (for scans at token starts) are cut from the passage's
            TokenStarts.slice(text, span.start(), sentence);
            List<DoseHit> hits = read(sentence, context, procedure, arms,
                    () -> before == null ? null : text.substring(before.start(), before.end()), chars, span.start());
            for (DoseHit hit : hits) {
                Finding f = Findings.of(this, passage, hit.fact(), span.start() + hit.start(), span.start() + hit.end(),
                        hit.confidence(), hit.arm(), hit.background());
                String bad = sanity(hit.fact());
                out.add(bad == null ? f : f.rejected(bad));
            }
        }
        return out;
    }

    /** A dose read from one sentence, with its character range in that sentence; {@code background}: not the study's own (marked cited). */
    record DoseHit(Fact.Dose fact, int start, int end, double confidence, String arm, boolean background) {}

    /** All doses in one sentence (exposed for tests); the sentence is cut to {@value #MAX_SENTENCE} characters. */
    List<DoseHit> read(String sentence, ExtractionContext context) {
        return read(sentence, context, "");
    }

    /** As {@link #read(String, ExtractionContext)}; {@code passage} supplies a procedure (TACE, HAIC) implying a route. */
    List<DoseHit> read(String sentence, ExtractionContext context, String passage) {
        return read(sentence, context, new DoseDetails.ProcedureRoute(passage), new DoseArms(lexicon, context), () -> null, null, 0);
    }

    /** The study arm whose bracketed name closes the regimen after {@code end} in {@code s} ({@link PerArmFacts#regimenCloser}), or null. */
    private static String closerArm(String s, int end, StudyArms catalog) {
        int i = PerArmFacts.regimenCloser(s, end, catalog);
        return i >= 0 && i < catalog.arms().size() ? catalog.arms().get(i).label() : null;
    }

    /**
     * {@code previous} gives the sentence before, or null: a sentence continuing a cited one is cited too;
     * {@code chars}: the passage's characters, the sentence standing at {@code offset}, when the caller saw a digit
     * in the sentence (checked again only when it is cut); or null.
     */
    private List<DoseHit> read(String sentence, ExtractionContext context, DoseDetails.ProcedureRoute passage,
                               DoseArms arms, java.util.function.Supplier<String> previous, char[] chars, int offset) {
        String s = sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE) : sentence;
        if ((chars == null || s != sentence) && !hasDigit(s)) return List.of();
        // amounts may start only at digits, listed from the passage's characters (the sentence is not copied again)
        int[] starts = chars == null ? AmountPatterns.amountStarts(s.toCharArray(), 0, s.length())
                : AmountPatterns.amountStarts(chars, offset, offset + s.length());
        List<AmountMatch> amounts = AmountPatterns.find(s, starts);
        if (amounts.isEmpty()) return List.of();
        List<AgentMention> mentions = UnknownAgents.merge(lexicon.find(s, context.abbreviations()), s, spelling);
        List<AgentMention> agents = mentions.stream().filter(AgentMention::isAgent).toList();
        List<DoseHit> hits = new ArrayList<>();
        List<String> nearby = new ArrayList<>();
        DoseDetails.ProcedureRoute sentenceProcedure = new DoseDetails.ProcedureRoute(s);
        boolean background = DoseBackground.describes(s);
        // looked up once, and only when a dose could go to several arms
        Boolean[] citedOnce = new Boolean[1];
        java.util.function.BooleanSupplier cited = () -> {
            if (citedOnce[0] == null) citedOnce[0] = background || CitationCues.cited(s, previous.get());
            return citedOnce[0];
        };
        // looked up once: the sentence gives its doses to every arm and names none of them
        Boolean[] everyArmOnce = new Boolean[1];
        java.util.function.BooleanSupplier everyArm = () -> {
            if (everyArmOnce[0] == null) everyArmOnce[0] = !background && EveryArm.says(s, context.arms());
            return everyArmOnce[0];
        };
        String previousAgent = null;
        int previousEnd = -1;
        int limitEnd = -1;
        for (int i = 0; i < amounts.size(); i++) {
            AmountMatch a = amounts.get(i);
            int nextStart = i + 1 < amounts.size() ? amounts.get(i + 1).start() : s.length();
            List<String> names = new ArrayList<>();
            double confidence = 0.9;
            int anchor = a.start();
            int end = a.end();
            boolean fallback = false;
            // {@code 3 × 106 IU}: a power of ten that lost its superscript (Rulings: left out rather than guessed)
            if (GARBLED_POWER.matcher(s).region(Math.max(0, a.start() - 4), a.unitStart()).matches()) continue;
            if (a.isRadiation()) {
                // a normal-tissue limit ({@code mean lung dose < 20 Gy}) is no prescribed dose
                // so is an amount coordinated with one ({@code alpha/beta of 3 Gy and 10 Gy})
                if (NormalTissue.limit(s, a.start(), i > 0 ? amounts.get(i - 1).end() : 0)
                        || limitEnd >= 0 && COORDINATION.matcher(s).region(limitEnd, a.start()).matches()) {
                    limitEnd = a.end();
                    continue;
                }
                names.add("radiotherapy");
            } else if (a.unit().equals("GBq") || a.unit().equals("mCi")) {
                AgentMention m = nearestBefore(agents, a.start(), previousEnd);
                if (m != null) names.add(m.genericName());
            } else {
                AgentMention before = nearestBefore(agents, a.start(), -1);
                AgentMention after = nearestAfter(agents, a.end(), nextStart);
                boolean beforeAdjacent = before != null && before.end() > previousEnd && adjacentBefore(s, before, a);
                boolean afterOf = after != null && OF_AFTER.matcher(s).region(a.end(), after.start()).matches();
                boolean afterAdjacent = after != null && (afterOf || adjacentAfter(s, a, after));
                boolean beforeClean = beforeAdjacent && FILLER.matcher(
                        stripParentheticals(s.substring(before.end(), a.start()))).matches();
                // inside brackets that pair each amount with its agent ({@code GC (1250 mg/m2 gemcitabine and 70 mg/m2 cisplatin)})
                boolean pairedInBrackets = afterAdjacent && beforeAdjacent && bracketOpen(s, before, a)
                        && s.substring(a.end(), after.start()).isBlank();
                if (afterOf || afterAdjacent && (!beforeClean || pairedInBrackets)) {
                    names.add(after.genericName());
                    end = after.end();
                } else if (beforeAdjacent) {
                    names.addAll(slashChain(s, mentions, before));
                    anchor = before.start();
                } else if (sharedOf(s, amounts, i, agents) != null) {
                    names.add(sharedOf(s, amounts, i, agents).genericName());
                    confidence = 0.75;
                } else if (UnlistedHead.before(s, a.start(), previousEnd)) {
                    // headed by a drug the lexicon lacks ({@code and tropisetron (5 mg)}): no dose of an earlier agent
                } else if (previousAgent != null && (before == null || before.end() <= previousEnd)
                        && a.start() - previousEnd <= 160) {
                    names.add(previousAgent);
                    confidence = 0.75;
                    fallback = true;
                } else if (before != null && before.end() > previousEnd && a.start() - before.end() <= 150) {
                    names.add(before.genericName());
                    confidence = 0.6;
                    fallback = true;
                }
            }
            boolean distant = fallback;
            names.removeIf(n -> !a.isRadiation() && NOT_DOSED.contains(n)
                    || a.unit().equals("AUC") && !n.contains("platin")
                    || a.unit().equals("mL") && !lexicon.genericNames().contains(n)
                    // a volume away from its agent is a diluent or infusion bag ({@code oxaliplatin ... in 250 mL})
                    || a.unit().equals("mL") && distant
                    // a volume of solution that carries the drug ({@code in 250 mL of 5% dextrose})
                    || a.unit().equals("mL") && Diluents.carrier(n, s, a.start(), a.end()));
            if (names.isEmpty()) continue;
            names.replaceAll(n -> FolinicAcid.named(n, a.unit()));
            String regimen = regimenBefore(mentions, a.start());
            int beforeFrom = Math.max(Math.max(previousEnd, 0), Math.min(anchor, a.start()) - 40);
            String before = s.substring(Math.min(beforeFrom, a.start()), a.start());
            String after = s.substring(a.end(), Math.min(nextStart, a.end() + 120));
            String route = DoseDetails.route(before, after, sentenceProcedure, passage);
            String schedule = DoseDetails.schedule(s.substring(a.unitStart(), Math.min(nextStart, a.end() + 120)));
            int[] armAt = new int[2];
            // a background dose (recommended, dose-limiting) names no arm: it folds into the study's own dose of that key
            String armNearby = background ? null : NearbyArm.before(s, arms.nearbyLabels(), a.start(), armAt);
            // a lettered arm is one wherever it is written, when no other label comes before the dose
            boolean asArm = NearbyArm.usedAsArm(s, armNearby, armAt[0]) || armAt[1] == 1 && NearbyArm.lettered(armNearby);
            if (armNearby == null && !background) armNearby = arms.bySchedule(s.substring(0, a.start()));
            // the dose's own clause names one arm's schedule ({@code 40 Gy in 20 twice-daily fractions}): that arm
            String own = background || DoseArms.hasSchedule(armNearby) ? null
                    : arms.byOwnSchedule(ScheduleClause.around(s, a.start(), a.end()));
            if (own != null) { armNearby = own; asArm = true; }
            String closer = armNearby == null && !background ? closerArm(s, end, context.arms()) : null;
            List<Double> values = new ArrayList<>(a.amounts());
            Double perFraction = perFraction(a);
            if (perFraction != null) {
                values.add(perFraction);
                names.add("radiotherapy");
            }
            for (int k = 0; k < values.size(); k++) {
                String agent = names.size() == values.size() ? names.get(k) : names.get(names.size() - 1);
                boolean fraction = perFraction != null && k == values.size() - 1;
                Fact.Dose dose = new Fact.Dose(agent, values.get(k), fraction ? null : a.amountMax(), a.unit(), route,
                        fraction ? "per fraction" : schedule, regimen);
                // one dose per arm that receives it (Rulings: a regimen stated once for all arms is a dose of each)
                for (String arm : arms.of(agent, armNearby, asArm, cited, armNearby == null && everyArm.getAsBoolean(), closer)) {
                    hits.add(new DoseHit(dose, Math.min(anchor, a.start()), end, confidence, arm, background));
                    nearby.add(armNearby);
                }
            }
            previousAgent = names.get(names.size() - 1).equals("radiotherapy") ? previousAgent : names.get(names.size() - 1);
            previousEnd = a.end();
        }
        return AlternativeDoses.narrow(s, hits, nearby);
    }

    /**
     * The dose per fraction of {@code 60 Gy in 30 fractions} (2 Gy; Rulings: total and per fraction are separate
     * entries) when a single total is written with its fraction count and the quotient is a plausible fraction
     * (0.5 to 25 Gy, rounded to hundredths); else null.
     */
    static Double perFraction(AmountMatch a) {
        if (!a.isRadiation() || a.gyFractions() == null || a.gyFractions() < 1 || a.amountMax() != null
                || a.amounts().size() != 1) return null;
        double d = Math.round(a.amounts().get(0) / a.gyFractions() * 100.0) / 100.0;
        return d >= 0.5 && d <= 25 && d < a.amounts().get(0) ? d : null;
    }

    /** For {@code 80 mg and 100 mg of docetaxel}: the agent named after the next amount of a coordinated pair. */
    private static AgentMention sharedOf(String s, List<AmountMatch> amounts, int i, List<AgentMention> agents) {
        if (i + 1 >= amounts.size()) return null;
        AmountMatch next = amounts.get(i + 1);
        if (!COORDINATION.matcher(s).region(amounts.get(i).end(), next.start()).matches()) return null;
        AgentMention after = nearestAfter(agents, next.end(), i + 2 < amounts.size() ? amounts.get(i + 2).start() : s.length());
        return after != null && OF_AFTER.matcher(s).region(next.end(), after.start()).matches() ? after : null;
    }

    private static AgentMention nearestBefore(List<AgentMention> agents, int pos, int notBefore) {
        AgentMention best = null;
        for (AgentMention m : agents) if (m.end() <= pos && m.start() >= notBefore) best = m;
        return best;
    }

    private static AgentMention nearestAfter(List<AgentMention> agents, int pos, int limit) {
        for (AgentMention m : agents) if (m.start() >= pos) return m.start() < limit ? m : null;
        return null;
    }

    /** Agent, then filler such as {@code at}, {@code (LV) at a dose of}, {@code :}, {@code (}, then the amount. */
    private static boolean adjacentBefore(String s, AgentMention agent, AmountMatch a) {
        String gap = stripParentheticals(s.substring(agent.end(), a.start()));
        if (SHORT_GAP.matcher(gap).matches()) return true;
        return gap.length() <= 45 && !BLOCKING.matcher(gap).find();
    }

    /** The gap between {@code agent} and the amount ends in an open bracket: {@code cisplatin (}, {@code FU/LV [}. */
    private static boolean bracketOpen(String s, AgentMention agent, AmountMatch a) {
        String gap = s.substring(agent.end(), a.start()).strip();
        return !gap.isEmpty() && (gap.endsWith("(") || gap.endsWith("["));
    }

    /** Amount, then at most two words, then the agent ({@code 20 mg ATRA}, {@code 10 mL ultra-fluid lipiodol}). */
    private static boolean adjacentAfter(String s, AmountMatch a, AgentMention agent) {
        String gap = s.substring(a.end(), agent.start());
        return gap.length() <= 25 && WORDS_AFTER.matcher(gap).matches() && !BLOCKING.matcher(gap).find()
                && DoseDetails.schedule(gap) == null;
    }

    /** Removes bracketed asides that hold no amount ({@code (LV)}, {@code (Xeloda®, Roche)}); keeps an open bracket. */
    static String stripParentheticals(String gap) {
        String g = gap;
        for (int i = 0; i < 3; i++) g = PARENTHETICAL.matcher(g).replaceAll(" ");
        return SPACES.matcher(g).replaceAll(" ").strip();
    }

    /** For {@code epirubicin/cyclophosphamide (90/600 mg/m2)}: the agents joined by slashes, ending at {@code last}. */
    private static List<String> slashChain(String s, List<AgentMention> mentions, AgentMention last) {
        List<String> chain = new ArrayList<>();
        chain.add(last.genericName());
        int idx = mentions.indexOf(last);
        for (int j = idx - 1; j >= 0 && chain.size() < 5; j--) {
            AgentMention m = mentions.get(j);
            String gap = s.substring(m.end(), mentions.get(j + 1).start());
            if (!m.isAgent() || !SLASH.matcher(gap).matches()) break;
            chain.add(0, m.genericName());
        }
        return chain;
    }

    private static String regimenBefore(List<AgentMention> mentions, int pos) {
        String regimen = null;
        for (AgentMention m : mentions)
            if (m.end() <= pos && m.kind() == AgentMention.Kind.REGIMEN) regimen = m.genericName();
        return regimen;
    }

    /** Why a dose cannot be right, or null. */
    static String sanity(Fact.Dose d) {
        if (!(d.amount() > 0)) return "amount is not positive";
        if (d.amountMax() != null && d.amountMax() < d.amount()) return "range maximum below its minimum";
        if (d.unit().startsWith("Gy") && d.amount() > 200) return "radiation dose over 200 Gy";
        if (d.unit().equals("AUC") && d.amount() > 12) return "AUC target over 12";
        if (d.unit().equals("mg/kg") && d.amount() > 1000) return "amount over 1000 mg/kg";
        return null;
    }

    /** The index of the first ASCII digit in {@code chars} at or after {@code from}, or -1. */
    private static int nextDigit(char[] chars, int from) {
        for (int i = from; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') return i;
        }
        return -1;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }
}
