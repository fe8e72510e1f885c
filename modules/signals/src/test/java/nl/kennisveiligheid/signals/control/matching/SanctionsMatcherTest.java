package nl.kennisveiligheid.signals.control.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.HitExplanation;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SanctionsHit;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.api.SubjectKind;
import nl.kennisveiligheid.signals.api.TokenMatch;
import org.junit.jupiter.api.Test;

/** The matcher on a small list: every kind of variant, the explanation, and what date of birth and nationality do. */
class SanctionsMatcherTest {

    private static final double T = MatcherDefaults.THRESHOLD;

    private static Designation person(String reference, String birth, String nationality, String... names) {
        List<DesignationName> all = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            boolean script = names[i].codePoints().anyMatch(c -> Character.isLetter(c) && c > 0x24f);
            all.add(new DesignationName(names[i], i == 0 ? NameQuality.PRIMARY : NameQuality.GOOD, script));
        }
        return new Designation(reference, SubjectKind.PERSON, "TEST", null, all, birth == null ? List.of() : List.of(birth), List.of(),
                nationality == null ? List.of() : List.of(nationality));
    }

    private static final SanctionsMatcher MATCHER = SanctionsMatcher.of(List.of(
            new IndexedDesignation(SanctionsSource.UN, 1, person("CDi.002", "1966", "CD", "FRANK KAKOLELE BWAMBALE", "Frank Kakorere")),
            new IndexedDesignation(SanctionsSource.UN, 1, person("QDi.006", "1951-06-19", "EG", "AIMAN MUHAMMED RABI AL-ZAWAHIRI", "Ayman al-Zawahari",
                    "أيمن محمد ربيع الظواهري")),
            new IndexedDesignation(SanctionsSource.UN, 1, person("RUi.001", "1970", "RU", "Sergey Vitalyevich KURCHENKO", "Сергей Витальевич Курченко")),
            new IndexedDesignation(SanctionsSource.UN, 1, person("XXi.001", null, null, "John SMITH")),
            new IndexedDesignation(SanctionsSource.UN, 1, new Designation("CDe.004", SubjectKind.ENTITY, "DRC", null,
                    List.of(new DesignationName("CONGOMET TRADING HOUSE", NameQuality.PRIMARY, false)), List.of(), List.of(), List.of())),
            new IndexedDesignation(SanctionsSource.NL, 2, new Designation("NL-1", SubjectKind.ENTITY, "NL", null,
                    List.of(new DesignationName("Harbin Institute of Technology", NameQuality.PRIMARY, false)), List.of(), List.of(), List.of()))));

    private static SanctionsHit best(String name) {
        return best(new ScreeningQuery(name, null, null, null));
    }

    private static SanctionsHit best(ScreeningQuery query) {
        List<SanctionsHit> hits = MATCHER.screen(query, T);
        return hits.isEmpty() ? null : hits.get(0);
    }

    private static void hits(String reference, String name) {
        SanctionsHit hit = best(name);
        assertTrue(hit != null && hit.reference().equals(reference), () -> "'" + name + "' should hit " + reference + " but gave " + hit);
    }

    @Test
    void catchesEveryKindOfVariant() {
        hits("CDi.002", "Frank Kakolele Bwambale");          // exact
        hits("CDi.002", "Bwambale, Frank Kakolele");         // surname first
        hits("CDi.002", "Frank Bwambale");                   // middle name dropped
        hits("CDi.002", "F. K. Bwambale");                   // given names as initials
        hits("CDi.002", "Frank Kakolele Bwanbale");          // typing error
        hits("CDi.002", "frank  kakolele-bwambale.");        // lower case and noise
        hits("CDi.002", "Frank Kakorere");                   // alias
        hits("QDi.006", "Aiman Muhamed Rabi al Zawahiri");   // transliteration variant
        hits("QDi.006", "Ayman al-Zawahiri");                // alias with a spelling variant
        hits("QDi.006", "أيمن محمد ربيع الظواهري");           // original script
        hits("RUi.001", "Сергей Курченко");                  // Cyrillic to the list's spelling (BGN)
        hits("CDe.004", "Congomet House");                   // organisation word dropped
        hits("NL-1", "Harbin Inst. of Technology");
    }

    @Test
    void explainsTokenByToken() {
        SanctionsHit hit = best("Frank Kakolele Bwanbale");
        HitExplanation explanation = hit.explanation();
        assertEquals("FRANK KAKOLELE BWAMBALE", explanation.matchedName());
        assertEquals(NameQuality.PRIMARY, explanation.nameQuality());
        assertEquals("frank kakolele bwanbale", explanation.queryNormalised());
        assertEquals(TokenMatch.How.EXACT, explanation.tokens().get(0).how());
        TokenMatch third = explanation.tokens().get(2);
        assertEquals("bwanbale", third.queryToken());
        assertEquals("bwambale", third.listedToken());
        assertTrue(third.how() == TokenMatch.How.SPELLING || third.how() == TokenMatch.How.PHONETIC, third.how().toString());
        assertTrue(hit.score() > T && hit.score() < 1, String.valueOf(hit.score()));

        TokenMatch leftOver = best("Frank Bwambale").explanation().tokens().get(2);
        assertEquals(null, leftOver.queryToken());
        assertEquals("kakolele", leftOver.listedToken());
        assertEquals(TokenMatch.How.UNMATCHED, leftOver.how());
    }

    @Test
    void ordinaryAndRecombinedNamesDoNotHit() {
        assertEquals(null, best("Frank Smith"));
        assertEquals(null, best("John Bwambale"));
        assertEquals(null, best("Maria Jansen"));
        assertEquals(null, best("Trading House"));
        assertEquals(null, best("Institute of Technology"));
    }

    @Test
    void birthDateAndNationalityStrengthenOrWeakenButNeverMakeAHit() {
        SanctionsHit plain = best("Aiman Zawahiri");
        SanctionsHit agreeing = best(new ScreeningQuery("Aiman Zawahiri", LocalDate.of(1951, 6, 19), "EG", null));
        SanctionsHit contradicting = MATCHER.screen(new ScreeningQuery("Aiman Zawahiri", LocalDate.of(1990, 1, 1), "NL", null), 0).stream()
                .filter(h -> h.reference().equals("QDi.006")).findFirst().orElseThrow();
        assertTrue(agreeing.score() > plain.score(), agreeing.score() + " > " + plain.score());
        assertEquals(HitExplanation.Agreement.MATCH, agreeing.explanation().birthDate());
        assertEquals(HitExplanation.Agreement.MATCH, agreeing.explanation().nationality());
        assertTrue(contradicting.score() < plain.score());
        assertEquals(HitExplanation.Agreement.MISMATCH, contradicting.explanation().birthDate());
        assertEquals(HitExplanation.Agreement.MISMATCH, contradicting.explanation().nationality());
        // a different name with the listed date of birth and nationality is no hit
        assertEquals(null, best(new ScreeningQuery("Pieter Bakker", LocalDate.of(1951, 6, 19), "EG", null)));
    }

    @Test
    void kindNarrowsTheSearch() {
        assertEquals(null, best(new ScreeningQuery("Congomet Trading House", null, null, SubjectKind.PERSON)));
        assertEquals("CDe.004", best(new ScreeningQuery("Congomet Trading House", null, null, SubjectKind.ENTITY)).reference());
    }

    @Test
    void partialDates() {
        assertEquals(new PartialDate(LocalDate.of(1978, 4, 28), 1978, 1978, 4), PartialDate.parse("1978-04-28"));
        assertEquals(new PartialDate(null, 1960, 1965, 0), PartialDate.parse("1960-1965"));
        assertEquals(new PartialDate(null, 1971, 1971, 4), PartialDate.parse("1971-04"));
        assertEquals(null, PartialDate.parse("1978-02-30"));
        assertEquals(null, PartialDate.parse("circa"));
    }

    @Test
    void anIndexOfASingleNameStillFindsIt() {
        // the re-screen after an edition that adds one designation screens against an index of that name alone
        SanctionsMatcher single = SanctionsMatcher.of(List.of(new IndexedDesignation(SanctionsSource.NL, 4,
                person("NL-1", "1998-04-12", "NL", "Anna Maria Vlietstra"))));
        List<SanctionsHit> hits = single.screen(new ScreeningQuery("Anna Maria Vlietstra", java.time.LocalDate.of(1998, 4, 12), "NL",
                SubjectKind.PERSON), T);
        assertEquals(1, hits.size(), hits.toString());
        assertTrue(hits.get(0).score() >= 0.99, hits.toString());
        assertTrue(single.screen(new ScreeningQuery("Jan Jansen", null, null, SubjectKind.PERSON), T).isEmpty(), "and nothing else");
    }
}
