package nl.kennisveiligheid.screening.api;

import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.platform.api.validation.PlainText;

/**
 * The access asked for: the unit (registered, of the requesting institution), the Annex 2 entries of that unit the
 * person will work with (by entry key), the role, topic, supervisor and the intended period.
 *
 * @param earlierReference for a change or renewal: the reference ({@code KVS-2026-000123}) of the earlier request
 */
public record AccessData(RequestKind kind, @PlainText(max = 20) String earlierReference, AccessRole role, Long unitId,
                         List<@PlainText(max = 40) String> entryKeys, @PlainText(max = 2000, multiLine = true) String researchTopic,
                         @PlainText(max = 200) String supervisor, LocalDate intendedStart, LocalDate intendedEnd) {

    public AccessData {
        entryKeys = entryKeys == null ? List.of() : entryKeys.stream().filter(java.util.Objects::nonNull).toList();
    }
}
