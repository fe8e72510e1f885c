package nl.kennisveiligheid.techlist.control;

import static nl.kennisveiligheid.techlist.control.VersionDiffTest.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import org.junit.jupiter.api.Test;

class EntryValidationTest {

    private static List<String> problems(TechnologyEntry... entries) {
        return EntryValidation.validate(List.of(entries)).stream().map(p -> p.key() + ":" + p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aWellFormedTreeHasNoProblems() {
        assertEquals(List.of(), problems(entry("q", "2", null, "Kwantum"), entry("qs", "2.1", "q", "Sensoren"),
                entry("qsa", "2.1.a", "qs", "Atoomklokken")));
    }

    @Test
    void codesMustBeWellFormedAndUnique() {
        assertEquals(List.of("b:code:validation.code.duplicate"), problems(entry("a", "1", null, "A"), entry("b", "1", null, "B")));
        assertEquals(List.of("a:code:validation.code.format"), problems(entry("a", "1..2", null, "A")));
        assertEquals(List.of("a:code:validation.code.format"), problems(entry("a", "", null, "A")));
    }

    @Test
    void bothLanguagesAreRequiredAndMarkupIsRefused() {
        TechnologyEntry noEnglish = new TechnologyEntry("a", "1", null, "Titel", " ", null, null, List.of(), false);
        assertEquals(List.of("a:titleEn:validation.required"), problems(noEnglish));
        TechnologyEntry html = new TechnologyEntry("a", "1", null, "<b>Titel</b>", "Title", "Zie &lt;hier&gt;", null, List.of(), false);
        assertEquals(List.of("a:titleNl:validation.markup", "a:descriptionNl:validation.markup"), problems(html));
        TechnologyEntry comparison = new TechnologyEntry("a", "1", null, "Energie < 5 MeV", "Energy < 5 MeV", null, null, List.of(), false);
        assertEquals(List.of(), problems(comparison), "a lone < is text, not markup");
    }

    @Test
    void parentsMustExistHoldTheCodeAndFormNoCycle() {
        assertEquals(List.of("x:parent:validation.parent.missing"), problems(entry("x", "1.1", "nobody", "X")));
        assertEquals(List.of("x:code:validation.code.underParent"), problems(entry("p", "1", null, "P"), entry("x", "2.1", "p", "X")));
        assertEquals(List.of("x:parent:validation.parent.required"), problems(entry("x", "2.1", null, "X")));
        List<String> cycle = problems(entry("a", "1.1", "b", "A"), entry("b", "1.1.1", "a", "B"));
        assertTrue(cycle.contains("a:parent:validation.parent.cycle") && cycle.contains("b:parent:validation.parent.cycle"), cycle.toString());
    }

    @Test
    void aLiveEntryCannotHangUnderARetiredOne() {
        TechnologyEntry retired = new TechnologyEntry("p", "1", null, "P", "P", null, null, List.of(), true);
        assertEquals(List.of("c:retired:validation.parent.retired"), problems(retired, entry("c", "1.1", "p", "C")));
    }

    @Test
    void searchFindsCodesAndWordsInEitherLanguageIgnoringAccents() {
        VersionContent content = new VersionContent(List.of(
                new TechnologyEntry("q", "3", null, "Kwantumtechnologie", "Quantum technology", "Waaronder kwantumcryptografie.", null, List.of(), false),
                new TechnologyEntry("c", "10", null, "Chemische technologie", "Chemical technology", "Micro- en nanoreactoren", null, List.of("1C350"), false),
                new TechnologyEntry("n", "4", null, "Nucleaire technologie", "Nuclear technology", null, null, List.of(), false)));
        assertEquals(List.of("q", "n", "c"), content.search("TECHNOLOGY", 10).stream().map(TechnologyEntry::key).toList(), "code order");
        assertEquals(List.of("q"), content.search("kwantum crypto", 10).stream().map(TechnologyEntry::key).toList());
        assertEquals(List.of("c"), content.search("1c350", 10).stream().map(TechnologyEntry::key).toList());
        assertEquals(List.of("c"), content.search("10", 10).stream().map(TechnologyEntry::key).toList());
        assertEquals(List.of("n"), content.search("nucléaire", 10).stream().map(TechnologyEntry::key).toList());
    }
}
