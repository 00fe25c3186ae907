package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Extractor;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Findings;
import org.oncoev.extractors.survival.SentenceSurvivalReader.Candidate;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Survival figures: medians with unit, range and 95% CI ({@code median PFS was 17.2 months (95% CI,
 * 14.1-19.9)}, {@code 24.1 vs 17.3 months}, {@code 3 to 5 months}) and landmark rates ({@code 1-, 2-, and
 * 3-year OS rates were 85.4, 72.0, and 67.2%}), for the endpoints OS, PFS, DFS, RFS, TTP, EFS, DSS, CSS and
 * LC. One finding per value mention, with the arm the sentence attaches it to. Rates over 100% and medians
 * outside their CI are returned as rejected findings. Differences between arms, follow-up times and other
 * durations are not survival figures; nor are numbers after {@code P =} or confidence levels ({@code (95%, CI)}).
 * An endpoint named right after a list ({@code 8.4 vs 1.8 months, P < 0.001 for PFS}) wins over one before it. Pure and thread-safe; each regex sees at most one bounded sentence.
 */
public final class SurvivalExtractor implements Extractor {
    /** Longest passage read; text beyond it is ignored (hostile input bound). */
    static final int MAX_PASSAGE = 200_000;
    /** Sentences after a time-point list whose bare rate lists may still use its time points. */
    private static final int CARRY_SENTENCES = 2;
    static final Pattern CITED = Pattern.compile(
            "(?i)\\bet\\s+al\\b|\\bprevious(?:ly)?\\b|meta-analys|\\breported\\b|\\bin\\s+(?:a|the)\\s+(?:\\w+\\s+){0,3}(?:trial|study)\\b");

    /** First characters and words of a {@link #CITED} cue (case-folded). */
    static final StartChars CITED_STARTS = StartChars.of("", false, "epmri");
    static final Keywords CITED_LEADS = new Keywords("et", "previous", "meta-analys", "reported", "in");

    @Override
    public String name() { return "survival"; }

    @Override
    public String version() { return "2.2.7"; }

    @Override
    public EvidenceType type() { return EvidenceType.SURVIVAL; }

    @Override
    public List<Finding> extract(Passage passage, ExtractionContext context) {
        String text = passage.text();
        if (text.length() > MAX_PASSAGE) text = text.substring(0, MAX_PASSAGE);
        List<String> labels = context == null ? List.of() : context.armLabels();
        List<Finding> out = new ArrayList<>();
        List<Double> carried = null;
        List<ArmMentions.Arm> carriedArms = List.of();
        int carriedAge = 0;
        SentenceSurvivalReader.Result previous = null;
        boolean table = passage.kind() == PassageKind.TABLE;
        if (table) {
            for (Candidate c : RepeatedMedians.collapse(text, SurvivalTableReader.tabbed(text))) out.add(finding(passage, c, 0, false));
        }
        for (int[] range : SentenceSplitter.split(text)) {
            String sentence = text.substring(range[0], range[1]);
            if (!table || text.indexOf('\t') < 0) {
                for (Candidate c : SurvivalTableReader.flattened(sentence)) out.add(finding(passage, c, range[0], false));
            }
            Double landmark = previous == null ? null : previous.landmark();
            SentenceSurvivalReader.Result r = SentenceSurvivalReader.read(sentence, labels, new SentenceSurvivalReader.Carried(
                    carriedAge <= CARRY_SENTENCES ? carried : null, carriedArms, landmark,
                    landmark == null ? 0 : previous.rates(), previous == null ? null : previous.medianEndpoint()));
            previous = r;
            carriedArms = r.arms().size() > 1 ? r.arms() : List.of();
            boolean cited = !r.candidates().isEmpty() && new StartScan(CITED, sentence, CITED_STARTS, CITED_LEADS::at).find(0);
            for (Candidate c : r.candidates()) out.add(finding(passage, c, range[0], cited));
            if (r.lastTimes() != null) {
                carried = r.lastTimes();
                carriedAge = 1;
            } else {
                carriedAge++;
            }
        }
        // median cells of the grid, then of table text without one, unless another reading already took the cell
        List<Candidate> cells = new ArrayList<>(table ? RepeatedMedians.collapse(text, SurvivalTableCells.read(passage)) : List.of());
        cells.addAll(table ? MedianCiCells.table(text) : MedianCiCells.inline(text));
        for (Candidate c : cells) {
            if (c.end() > text.length()) continue;
            boolean taken = out.stream().anyMatch(f -> f.passageStart() < c.end() && c.start() < f.passageEnd());
            if (!taken) out.add(finding(passage, c, 0, false));
        }
        return out;
    }

    private Finding finding(Passage passage, Candidate c, int offset, boolean cited) {
        Finding f = Findings.of(this, passage, c.fact(), offset + c.start(), offset + c.end(), c.confidence(), c.arm(), cited);
        return c.rejected() == null ? f : f.rejected(c.rejected());
    }
}
