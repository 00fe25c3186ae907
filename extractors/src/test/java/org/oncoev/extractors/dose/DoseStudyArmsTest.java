package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.abbrev.Abbreviations;
import org.oncoev.extractors.arms.StudyArm;
import org.oncoev.extractors.arms.StudyArms;

/**
 * Doses per arm when the arm labels say little (sentences and arms written for this test): the arms a design
 * sentence randomises patients to ({@link StudyArms#primary()}) stand for the study's arms; a sentence giving a
 * drug to every arm ({@code all patients}, {@code in each arm}) gives it to each; alternative amounts of one drug
 * ({@code either ... or ...}) go to one arm each; a lettered arm written next to a dose takes it.
 */
class DoseStudyArmsTest {
    private static final DoseExtractor EXTRACTOR = new DoseExtractor();

    /**
     * {@code labels}: arm labels (;-separated); {@code primary}: catalog arms the design sentence names
     * (;-separated, each {@code label=alias,alias}); the doses read as {@code agent amount unit [arm]}.
     */
    private static String doses(String labels, String primary, String sentence) {
        List<String> armLabels = split(labels);
        List<StudyArm> catalog = new ArrayList<>();
        for (String p : split(primary)) {
            String[] parts = p.split("=");
            List<String> aliases = parts.length > 1 ? Arrays.stream(parts[1].split(",")).map(String::strip).toList()
                    : List.of(parts[0].strip().toLowerCase());
            catalog.add(new StudyArm(parts[0].strip(), aliases, null));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) order.add(i);
        ExtractionContext context = new ExtractionContext(null, armLabels, Abbreviations.none(),
                new StudyArms(catalog, true, order));
        return EXTRACTOR.read(sentence, context).stream()
                .map(h -> h.fact().agent() + " " + fmt(h.fact().amount()) + " " + h.fact().unit() + " [" + h.arm() + "]")
                .collect(Collectors.joining("; "));
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(";")).map(String::strip).toList();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            | Standard; Experimental | Cisplatin 75 mg/m2 was given on day 1 of each cycle. | cisplatin 75 mg/m2 [Standard]; cisplatin 75 mg/m2 [Experimental]
            | TQB=tqb; MRD=mrd | The reference schedule was docetaxel 60 mg/m2 and cisplatin 70 mg/m2 every 3 weeks (MRD). | docetaxel 60 mg/m2 [MRD]; cisplatin 70 mg/m2 [MRD]
            | TQB=tqb; MRD=mrd | The reference schedule was docetaxel 60 mg/m2 and cisplatin 70 mg/m2 every 3 weeks. | docetaxel 60 mg/m2 [TQB]; docetaxel 60 mg/m2 [MRD]; cisplatin 70 mg/m2 [TQB]; cisplatin 70 mg/m2 [MRD]
            | XRT-105=xrt-105; Control=control | The XRT-105 arm got XRT-105, 3 mg/kg, weekly, with gemcitabine (1250 mg/m2, every week). | xrt-105 3 mg/kg [XRT-105]; gemcitabine 1250 mg/m2 [XRT-105]
            Pemetrexed/Cisplatin | NVX-212=nvx-212; Control=control | On day 1, patients in each arm were given 500 mg/m2 of pemetrexed. | pemetrexed 500 mg/m2 [NVX-212]; pemetrexed 500 mg/m2 [Control]
            Pemetrexed/Cisplatin | NVX-212=nvx-212; Control=control | Cisplatin (75 mg/m2 over 2 h) was administered to all patients on day 2. | cisplatin 75 mg/m2 [NVX-212]; cisplatin 75 mg/m2 [Control]
            Pemetrexed/Cisplatin | NVX-212=nvx-212; Control=control | Before each NVX-212 infusion, all patients received 8 mg of dexamethasone. | dexamethasone 8 mg [NVX-212]
            Arm A; Arm B | | The reference treatment (arm B) was four cycles of docetaxel (75 mg/m2) every 3 weeks. | docetaxel 75 mg/m2 [Arm B]
            Arm A; Arm B | | Four cycles of docetaxel (75 mg/m2) every 3 weeks were given. | docetaxel 75 mg/m2 [Arm A]; docetaxel 75 mg/m2 [Arm B]
            FOLFIRI; FOLFIRI plus cetuximab | | Patients had either ten cycles of FOLFIRI (irinotecan dose: 150 mg/m2) or eight cycles of FOLFIRI plus cetuximab (irinotecan dose: 200 mg/m2). | irinotecan 150 mg/m2 [FOLFIRI]; irinotecan 200 mg/m2 [FOLFIRI plus cetuximab]
            once-daily chemoradiotherapy; twice-daily chemoradiotherapy | | In both groups, cisplatin was given as 75 mg/m2 on day 1 or 25 mg/m2 on days 1-3 with etoposide. | cisplatin 75 mg/m2 [once-daily chemoradiotherapy]; cisplatin 75 mg/m2 [twice-daily chemoradiotherapy]; cisplatin 25 mg/m2 [once-daily chemoradiotherapy]; cisplatin 25 mg/m2 [twice-daily chemoradiotherapy]
            Arm A; Arm B | | Those allocated to arm B also had cetuximab (400 mg/m2 as a loading dose). | cetuximab 400 mg/m2 [Arm B]
            Arm A; Arm B | | Patients in arm A and in arm B had ondansetron 8 mg before chemotherapy. | ondansetron 8 mg [Arm A]; ondansetron 8 mg [Arm B]
            Weekly paclitaxel; 3-weekly paclitaxel | | Patients were randomised to weekly paclitaxel (80 mg/m2) or 3-weekly paclitaxel (175 mg/m2). | paclitaxel 80 mg/m2 [Weekly paclitaxel]; paclitaxel 175 mg/m2 [3-weekly paclitaxel]
            Weekly paclitaxel; 3-weekly paclitaxel | | The weekly group was given paclitaxel, 80 mg/m2, over one hour. | paclitaxel 80 mg/m2 [Weekly paclitaxel]
            Weekly paclitaxel; 3-weekly paclitaxel | | The 3-weekly group was given paclitaxel, 175 mg/m2, over three hours. | paclitaxel 175 mg/m2 [3-weekly paclitaxel]
            RT only; temozolomide | | Radiotherapy of 54 Gy in 30 fractions was given. | radiotherapy 54 Gy [RT only]; radiotherapy 1.8 Gy [RT only]
            sunitinib; sunitinib plus placebo; placebo | | Radiotherapy of 45 Gy in 25 fractions was given before either drug. | radiotherapy 45 Gy [sunitinib]; radiotherapy 45 Gy [placebo]; radiotherapy 1.8 Gy [sunitinib]; radiotherapy 1.8 Gy [placebo]
            sunitinib; sunitinib plus placebo; placebo | | Sunitinib 37.5 mg was taken once daily. | sunitinib 37.5 mg [sunitinib]
            radiotherapy; once-daily radiotherapy; twice-daily radiotherapy | | Patients were assigned to either 40 Gy of radiotherapy in 20 twice-daily fractions, or 60 Gy in 30 once-daily fractions. | radiotherapy 40 Gy [twice-daily radiotherapy]; radiotherapy 60 Gy [once-daily radiotherapy]
            chemotherapy alone; chemotherapy plus trastuzumab; chemotherapy only | | In the chemotherapy only arm, docetaxel 75 mg/m2 was given every 3 weeks. | docetaxel 75 mg/m2 [chemotherapy alone]
            """)
    void readsTheStudyArmsOfADose(String labels, String primary, String sentence, String expected) {
        assertEquals(expected, doses(labels, primary, sentence));
    }
}
