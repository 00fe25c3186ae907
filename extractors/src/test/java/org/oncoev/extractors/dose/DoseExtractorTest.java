package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;

/** Doses from sentences written for these tests in the styles trial reports use. */
class DoseExtractorTest {
    private static final DoseExtractor EXTRACTOR = new DoseExtractor();

    static List<Fact.Dose> doses(String sentence) {
        return EXTRACTOR.read(sentence, ExtractionContext.empty()).stream().map(DoseExtractor.DoseHit::fact).toList();
    }

    static String keys(String sentence) {
        return doses(sentence).stream().map(d -> d.agent() + " " + num(d.amount())
                        + (d.amountMax() == null ? "" : "-" + num(d.amountMax())) + " " + d.unit())
                .collect(Collectors.joining("; "));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oxaliplatin 85 mg/m2 IV on day 1 was given every 2 weeks.                                  | oxaliplatin 85 mg/m2
            Each cycle comprised 85 mg/m2 oxaliplatin on day 1.                                          | oxaliplatin 85 mg/m2
            The catheter delivered 1000 mg of 5-fluorouracil into the hepatic artery.                    | fluorouracil 1000 mg
            The drug mixture contained 10 to 20 mg of mitomycin C.                                        | mitomycin 10-20 mg
            Patients in the combination arm took oral sorafenib (400 mg twice daily).                    | sorafenib 400 mg
            They continued sorafenib 400 mg bid until progression.                                       | sorafenib 400 mg
            Leucovorin 200 mg/m2 was followed by 5-FU 400 mg/m2 bolus and 600 mg/m2 as a 22-h infusion.   | leucovorin 200 mg/m2; fluorouracil 400 mg/m2; fluorouracil 600 mg/m2
            Sorafenib is supplied as tablets (2×200 mg) taken twice daily.                               | sorafenib 200 mg
            Groups received sorafenib at 400/600/800 mg per day.                                          | sorafenib 400 mg/day; sorafenib 600 mg/day; sorafenib 800 mg/day
            ATRA 20 mg three times a day was started 3 days before chemotherapy.                         | tretinoin 20 mg
            The schedule included oral administration of 20 mg ATRA 3 times/day.                         | tretinoin 20 mg
            All patients underwent radiotherapy of 50 Gy in 25 fractions.                                  | radiotherapy 50 Gy; radiotherapy 2 Gy
            Chemoembolization used an embolization agent of 10 to 20 mL lipiodol.                          | lipiodol 10-20 mL
            The emulsion was made with 5-10 mL of ethiodized oil.                                          | lipiodol 5-10 mL
            Carboplatin AUC 5 was given on day 1 every 3 weeks.                                            | carboplatin 5 AUC
            Paclitaxel 175 mg/m² and carboplatin (AUC = 6) were given every 21 days.                      | paclitaxel 175 mg/m2; carboplatin 6 AUC
            Bevacizumab 7.5 mg/kg intravenously every three weeks was added.                               | bevacizumab 7.5 mg/kg
            Bevacizumab was dosed at 7·5 mg/kg on day 1.                                                    | bevacizumab 7.5 mg/kg
            Capecitabine 1,000 mg/m2 orally twice daily on days 1-14 of a 21-day cycle.                    | capecitabine 1000 mg/m2
            Capecitabine 825 mg/m^2 twice daily was given with radiotherapy.                                | capecitabine 825 mg/m2
            Temozolomide 75 mg/m2/day was given during radiotherapy.                                        | temozolomide 75 mg/m2/day
            Everolimus 10 mg/d was continued until progression.                                             | everolimus 10 mg/day
            Gemcitabine (1 g/m2) was infused over 30 minutes on days 1 and 8.                               | gemcitabine 1 g/m2
            Filgrastim 5 µg/kg was injected subcutaneously from day 3.                                      | filgrastim 5 ug/kg
            Interferon alfa 3 MIU was injected three times weekly.                                          | interferon 3 MIU
            Pegfilgrastim 6 mg s.c. was given on day 2.                                                     | pegfilgrastim 6 mg
            Cisplatin (CDDP) at a dose of 75 mg/m2 was given on day 1.                                     | cisplatin 75 mg/m2
            Irinotecan: 180 mg/m2, d1; oxaliplatin: 85 mg/m2, d1; every 2 weeks.                           | irinotecan 180 mg/m2; oxaliplatin 85 mg/m2
            Four cycles of epirubicin/cyclophosphamide (90/600 mg/m2) preceded paclitaxel.                  | epirubicin 90 mg/m2; cyclophosphamide 600 mg/m2
            Patients received conformal RT (50.4 Gy/28 fractions) with concurrent temozolomide.            | radiotherapy 50.4 Gy; radiotherapy 1.8 Gy
            Whole-breast irradiation delivered 2 Gy per fraction to a total of 50 Gy.                       | radiotherapy 2 Gy; radiotherapy 50 Gy
            Stereotactic body radiotherapy delivered 45-60 Gy in 3 fractions.                               | radiotherapy 45-60 Gy
            The prescription was 4500 cGy to the planning target volume.                                   | radiotherapy 45 Gy
            Lenvatinib was given at 12 mg/day for patients weighing 60 kg or more.                         | lenvatinib 12 mg/day
            Fulvestrant 500 mg was injected intramuscularly on days 1, 15 and 29.                           | fulvestrant 500 mg
            Rituximab 375 mg/m2 on day 1 was followed by cyclophosphamide 750 mg/m2.                       | rituximab 375 mg/m2; cyclophosphamide 750 mg/m2
            Zoledronic acid 4 mg was infused every 4 weeks.                                                  | zoledronic acid 4 mg
            Dexamethasone 8 mg and ondansetron 8 mg were given as premedication.                            | dexamethasone 8 mg; ondansetron 8 mg
            Apatinib 500 mg once daily was added after TACE.                                                 | apatinib 500 mg
            Nivolumab 3 mg/kg every 2 weeks (q2w) was the comparator.                                        | nivolumab 3 mg/kg
            Pembrolizumab 200 mg q3w was given for up to 35 cycles.                                         | pembrolizumab 200 mg
            The patients were given gefitinib (250 mg p.o. daily) or placebo.                               | gefitinib 250 mg
            Vandaxinib 300 mg daily, a drug missing from the lexicon, was given alone.                       | vandaxinib 300 mg
            Dovitinib (500 mg) or placebo was taken orally.                                                  | dovitinib 500 mg
            The arm received 5-FU 400 mg/m² i.v. bolus followed by 2400 mg/m² over 46 hours.               | fluorouracil 400 mg/m2; fluorouracil 2400 mg/m2
            Arms were randomised to 80 mg/m2 and 100 mg/m2 of docetaxel.                                     | docetaxel 80 mg/m2; docetaxel 100 mg/m2
            The test arm received XYZ-1234, 4 mg/kg, weekly with bevacizumab, 15 mg/kg.                       | xyz-1234 4 mg/kg; bevacizumab 15 mg/kg
            Pentostatin (2 mg/m2 on day 1) was combined with cyclophosphamide (600 mg/m2 on day 1).          | pentostatin 2 mg/m2; cyclophosphamide 600 mg/m2
            Carboplatin at a target area under the curve [AUC] of 5 mg/mL•min followed on day 3.          | carboplatin 5 AUC
            Capecitabine (Xeloda®; a maker's name; a city, a country) 1,000 mg/m2 was taken twice daily.       | capecitabine 1000 mg/m2
            Raltitrexed 3 mg/m2, oxaliplatin 130 mg/m2 and lipiodol 10 ml were infused through the catheter. | raltitrexed 3 mg/m2; oxaliplatin 130 mg/m2; lipiodol 10 mL
            """)
    void findsDoses(String sentence, String expected) {
        assertEquals(expected, keys(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Embolization was completed with 1 to 2 mm gelatin sponge particles.
            Sorafenib was withheld when total bilirubin was > 3 mg/dL.
            Patients on sorafenib needed an AFP of at least 400 ng/mL to enrol.
            HepG2 cells were exposed to sorafenib at 5 µg/mL for 48 hours.
            With epoetin alfa the median weekly dose received was 320 IU/kg.
            Epoetin alfa was given (mean = 290 IU/kg per week) as needed.
            Sorafenib at 10 µM inhibited proliferation in vitro.
            Cisplatin required a creatinine clearance of 60 mL/min or more.
            Patients given cisplatin weighed 62 kg on average.
            The oxaliplatin dose was reduced by 25% after grade 3 neuropathy.
            Sorafenib patients had haemoglobin of 9 g/dL or more.
            A platelet count of 75 000/mm3 was required before docetaxel.
            Median blood loss was 250 mL and no transfusion was needed.
            The tumour measured 45 mm before TACE.
            The spinal cord maximum dose was kept below 45 Gy.
            Dose constraints for radiotherapy were a spinal cord Dmax of 45 Gy and a liver V30 of 30%.
            Planning limited the mean heart dose to 26 Gy during radiotherapy.
            Cisplatin exposure was summarised as the AUC of 120 mg·h/L.
            Plasma sorafenib concentrations reached 4.5 mg/L at steady state.
            The AUC0-24 of sorafenib was similar in both cycles.
            Exposure to XYZ-1234 was 399.8 μg•hr/mL in cycle 1.
            Tumour fragments were washed in 25 ml of DMEM medium prior to freezing.
            A blend of four peptides (2 mg of each peptide) was prepared in adjuvant.
            Docetaxel was followed by an AUC 5 target for a drug whose name is not given.
            The median exposure to cisplatin was 12 mg (range, 3.5–76.0 mg).
            """)
    void skipsThingsThatAreNotDoses(String sentence) {
        assertEquals("", keys(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oxaliplatin 85 mg/m2 intravenously on day 1.                         | IV
            Oxaliplatin 85 mg/m2 i.v. on day 1.                                  | IV
            Oral sorafenib 400 mg twice daily.                                    | oral
            Gefitinib 250 mg p.o. daily.                                          | oral
            Capecitabine 1250 mg/m2 orally twice daily.                           | oral
            Goserelin 3.6 mg subcutaneously every 28 days.                        | s.c.
            Fulvestrant 500 mg i.m. every 4 weeks.                                | i.m.
            Mitomycin 10 mg was injected intra-arterially.                       | intra-arterial
            During TACE, 50 mg of epirubicin was mixed with lipiodol.             | intra-arterial
            Oxaliplatin 460 mg/m2 was given intraperitoneally for 30 minutes.     | intraperitoneal
            """)
    void readsRoutes(String sentence, String route) {
        assertEquals(route, doses(sentence).get(0).route());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oxaliplatin 85 mg/m2 on Day 1 every 2 weeks.                        | on day 1, every 2 weeks
            Gemcitabine 1000 mg/m2 on days 1 and 8 every 3 weeks.                | on days 1 and 8, every 3 weeks
            Pembrolizumab 200 mg q3w.                                            | q3w
            Sorafenib 400 mg twice daily, continuous.                             | twice daily, continuous
            Sorafenib 400 mg bid.                                                 | bid
            ATRA 20 mg 3 times/day for 3 days.                                    | 3 times/day, for 3 days
            Capecitabine 1000 mg/m2 twice daily days 1-14 of a 21-day cycle.      | twice daily, days 1-14 of a 21-day cycle
            Radiotherapy of 60 Gy in 30 fractions.                                | in 30 fractions
            Cetuximab 250 mg/m2 weekly.                                           | weekly
            """)
    void readsSchedules(String sentence, String schedule) {
        assertEquals(schedule, doses(sentence).get(0).schedule());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The FOLFOX4 regimen: oxaliplatin 85 mg/m2 on day 1 and leucovorin 200 mg/m2.   | FOLFOX4
            XELOX consisted of capecitabine 1000 mg/m2 twice daily and oxaliplatin 130 mg/m2. | XELOX
            """)
    void attachesTheRegimen(String sentence, String regimen) {
        List<Fact.Dose> d = doses(sentence);
        assertEquals(2, d.size());
        assertTrue(d.stream().allMatch(x -> regimen.equals(x.regimen())), d.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sorafenib 400 mg twice daily.
            Radiotherapy to 60 Gy.
            """)
    void noRegimenWhenNoneIsNamed(String sentence) {
        assertNull(doses(sentence).get(0).regimen());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Radiotherapy delivered 0 Gy to the contralateral lung.   | amount is not positive
            A boost of 400 Gy was planned with brachytherapy.        | radiation dose over 200 Gy
            """)
    void sanityChecksFlagImpossibleDoses(String sentence, String reason) {
        Fact.Dose d = doses(sentence).get(0);
        assertEquals(reason, DoseExtractor.sanity(d));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oxaliplatin 85 mg/m2 on day 1.
            Sorafenib 400 mg twice daily.
            """)
    void plausibleDosesPassTheSanityCheck(String sentence) {
        assertNotNull(doses(sentence).get(0));
        assertNull(DoseExtractor.sanity(doses(sentence).get(0)));
    }
}
