package org.oncoev.extractors.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oncoev.extractors.abbrev.AbbreviationMention;
import org.oncoev.extractors.abbrev.Abbreviations;

/**
 * The project's lexicon of oncology agents, regimens and procedures, read from the tab-separated resource
 * {@code agents.tsv} next to this class. {@link #find(String)} returns every mention in a text with character
 * offsets: abbreviations (forms without lower-case letters and at most five letters, e.g. {@code OXA},
 * {@code 5-FU}, {@code TACE}) match case-sensitively, all other forms case-insensitively; a space or hyphen
 * inside a form matches either. At each position the longest form wins and mentions never overlap.
 * Immutable and thread-safe; {@link #defaults()} is loaded once.
 */
public final class AgentLexicon {
    private static final String RESOURCE = "agents.tsv";
    private static final int MAX_TEXT = 1_000_000;

    private final List<LexiconEntry> entries;
    private final Map<String, LexiconEntry> byName;
    private final Set<String> agentNames;
    /** Long forms already resolved (a pure function of the lexicon; bounded, cleared when full). */
    private final Map<String, LongForm> longForms = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_LONG_FORMS = 10_000;
    private final FormTrie exact = new FormTrie(false);
    private final FormTrie folded = new FormTrie(true);

    private static final class Holder {
        static final AgentLexicon DEFAULTS = load();
    }

    private AgentLexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, LexiconEntry> names = new LinkedHashMap<>();
        for (LexiconEntry e : entries) {
            if (names.putIfAbsent(e.name(), e) != null)
                throw new IllegalStateException("duplicate lexicon name: " + e.name());
            for (String form : e.forms()) {
                LexiconEntry clash = FormTrie.isCaseSensitive(form) ? exact.put(form, e) : folded.put(form, e);
                if (clash != null)
                    throw new IllegalStateException("form '" + form + "' of " + e.name() + " already names " + clash.name());
            }
        }
        this.byName = Collections.unmodifiableMap(names);
        Set<String> agents = new LinkedHashSet<>();
        for (LexiconEntry e : entries) if (e.kind() == AgentMention.Kind.AGENT) agents.add(e.name());
        this.agentNames = Collections.unmodifiableSet(agents);
    }

    /** The lexicon shipped with oncoev (loaded on first use, then shared). */
    public static AgentLexicon defaults() {
        return Holder.DEFAULTS;
    }

    /** Builds a lexicon from rows in the resource format (kind, name, class, forms, components). */
    public static AgentLexicon of(List<LexiconEntry> entries) {
        return new AgentLexicon(entries);
    }

    private static AgentLexicon load() {
        try (InputStream in = AgentLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LexiconEntry> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(parseRow(line, number));
            }
            return new AgentLexicon(NciAgents.widen(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LexiconEntry parseRow(String line, int number) {
        String[] cols = line.split("\t");
        if (cols.length < 4) throw new IllegalStateException("lexicon line " + number + ": expected 4 or 5 columns");
        String name = cols[1].strip();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        for (String f : cols[3].split("\\|")) if (!f.isBlank()) forms.add(f.strip());
        List<String> components = cols.length > 4
                ? Arrays.stream(cols[4].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        return new LexiconEntry(AgentMention.Kind.parse(cols[0]), name, cols[2].strip(), List.copyOf(forms), components);
    }

    /** All mentions in {@code text} (at most its first million characters), left to right, non-overlapping. */
    public List<AgentMention> find(String text) {
        if (text == null || text.isEmpty()) return List.of();
        int n = Math.min(text.length(), MAX_TEXT);
        String t = text.length() > n ? text.substring(0, n) : text;
        // read as a char array: String.charAt is a call per character under C1
        char[] chars = t.toCharArray();
        List<AgentMention> out = new ArrayList<>();
        LexiconEntry[] a = new LexiconEntry[1];
        LexiconEntry[] b = new LexiconEntry[1];
        int i = 0;
        while (i < n) {
            if (i > 0 && FormTrie.isLetterOrDigit(chars[i - 1]) || !FormTrie.isLetterOrDigit(chars[i])) {
                i++;
                continue;
            }
            int endExact = exact.longestMatch(chars, i, a);
            int endFolded = folded.longestMatch(chars, i, b);
            int end = Math.max(endExact, endFolded);
            if (end < 0) {
                i++;
                continue;
            }
            LexiconEntry e = endExact >= endFolded ? a[0] : b[0];
            out.add(new AgentMention(i, end, e.name(), t.substring(i, end), e.kind()));
            i = end;
        }
        return List.copyOf(out);
    }

    /**
     * As {@link #find(String)}, read with the document's abbreviations: a defined short form whose long form is
     * a lexicon form ({@code bevacizumab (Bev)}, {@code paclitaxel (P)}) is a mention of that entry, and a lexicon
     * form the document defines as something else ({@code PD (progressive disease)}) is no mention.
     */
    public List<AgentMention> find(String text, Abbreviations abbreviations) {
        List<AgentMention> known = find(text);
        if (abbreviations == null || abbreviations.isEmpty() || text == null) return known;
        List<AbbreviationMention> defined = abbreviations.mentions(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        if (defined.isEmpty()) return known;
        List<AgentMention> out = new ArrayList<>(known.size() + defined.size());
        for (AgentMention m : known) {
            String longForm = abbreviations.longForm(m.matchedForm()).orElse(null);
            if (longForm == null || names(longForm, m.genericName())) out.add(m);
        }
        for (AbbreviationMention d : defined) {
            LexiconEntry e = definedEntry(d.abbreviation().longForm());
            if (e == null || overlaps(known, d.start(), d.end())) continue;
            out.add(new AgentMention(d.start(), d.end(), e.name(), text.substring(d.start(), d.end()), e.kind()));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return List.copyOf(out);
    }

    /**
     * The entry a long form names: its one mention, with nothing else in it but salt or formulation words
     * ({@code folinic acid}, {@code irinotecan hydrochloride}); or null. Memoised (long forms repeat).
     */
    private LexiconEntry definedEntry(String longForm) {
        return resolved(longForm).entry();
    }

    /** True when {@code longForm} mentions the entry named {@code name}. */
    private boolean names(String longForm, String name) {
        return resolved(longForm).names().contains(name);
    }

    /** What a long form names: the entry it stands for (or null) and every canonical name it mentions. */
    private record LongForm(LexiconEntry entry, Set<String> names) {}

    private LongForm resolved(String longForm) {
        LongForm known = longForms.get(longForm);
        if (known != null) return known;
        List<AgentMention> found = find(longForm);
        Set<String> mentioned = new LinkedHashSet<>();
        for (AgentMention m : found) mentioned.add(m.genericName());
        LexiconEntry entry = null;
        if (found.size() == 1) {
            AgentMention m = found.get(0);
            String rest = (longForm.substring(0, m.start()) + " " + longForm.substring(m.end())).strip();
            entry = byName.get(m.genericName());
            for (String word : rest.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+"))
                if (!word.isEmpty() && !SaltForms.isSaltWord(word)) entry = null;
        }
        LongForm r = new LongForm(entry, Set.copyOf(mentioned));
        if (longForms.size() >= MAX_LONG_FORMS) longForms.clear();
        longForms.put(longForm, r);
        return r;
    }

    private static boolean overlaps(List<AgentMention> mentions, int start, int end) {
        for (AgentMention m : mentions) if (m.start() < end && start < m.end()) return true;
        return false;
    }

    /** The canonical name a whole written form maps to ({@code 5-FU} -> {@code fluorouracil}). */
    public Optional<String> genericName(String form) {
        if (form == null) return Optional.empty();
        String f = form.strip();
        List<AgentMention> found = find(f);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == f.length())
            return Optional.of(found.get(0).genericName());
        return Optional.empty();
    }

    /** Generic names of a regimen's or procedure's agents, given any of its forms; empty when unknown. */
    public List<String> regimenAgents(String regimen) {
        LexiconEntry e = genericName(regimen).map(byName::get).orElse(null);
        return e == null || e.kind() == AgentMention.Kind.AGENT ? List.of() : e.components();
    }

    /** Generic names of all single agents (kind {@link AgentMention.Kind#AGENT}). */
    public Set<String> genericNames() {
        return agentNames;
    }

    /** Synonyms (abbreviations, brand names, variants) of a canonical name; empty when unknown. */
    public List<String> synonyms(String name) {
        LexiconEntry e = byName.get(name);
        return e == null ? List.of() : e.synonyms();
    }

    /** The entry for a canonical name, if any. */
    public Optional<LexiconEntry> entry(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every row, in file order (for the agents and agent_synonyms tables). */
    public List<LexiconEntry> entries() {
        return entries;
    }
}
