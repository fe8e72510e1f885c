package nl.kennisveiligheid.signals.control.lists;

import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.SubjectKind;

/** What a list file holds: the publisher's date (null when the file has none) and the designations. */
public record ParsedEdition(LocalDate publishedOn, List<Designation> designations) {

    public int persons() {
        return (int) designations.stream().filter(d -> d.kind() == SubjectKind.PERSON).count();
    }

    public int entities() {
        return designations.size() - persons();
    }

    public int names() {
        return designations.stream().mapToInt(d -> d.names().size()).sum();
    }
}
