package nl.kennisveiligheid.units.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitEntry;

/**
 * The rules a unit's data keeps. A draft needs a name, a kind and at least one Annex 2 entry with a reason;
 * registering also needs the head, the knowledge-security contact (names and e-mail addresses) and at least
 * one separation measure. Pure.
 */
public final class UnitValidation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]");

    private UnitValidation() {
    }

    public static List<Refusal.FieldProblem> forDraft(UnitData data) {
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        text(problems, "name", data.name(), true, 200, false);
        if (data.kind() == null) {
            problems.add(new Refusal.FieldProblem("kind", "validation.required"));
        }
        text(problems, "faculty", data.faculty(), false, 200, false);
        text(problems, "department", data.department(), false, 200, false);
        text(problems, "sites", data.sites(), false, 1000, true);
        text(problems, "buildings", data.buildings(), false, 1000, true);
        text(problems, "rooms", data.rooms(), false, 1000, true);
        text(problems, "headName", data.headName(), false, 200, false);
        text(problems, "contactName", data.contactName(), false, 200, false);
        email(problems, "headEmail", data.headEmail());
        email(problems, "contactEmail", data.contactEmail());
        text(problems, "measuresPhysical", data.measuresPhysical(), false, 4000, true);
        text(problems, "measuresDigital", data.measuresDigital(), false, 4000, true);
        text(problems, "measuresOrganisational", data.measuresOrganisational(), false, 4000, true);
        if (data.entries().isEmpty()) {
            problems.add(new Refusal.FieldProblem("entries", "validation.entries.required"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < data.entries().size(); i++) {
            UnitEntry entry = data.entries().get(i);
            if (entry.entryKey() == null || !keys.add(entry.entryKey())) {
                problems.add(new Refusal.FieldProblem("entries[" + i + "]", "validation.entries.duplicate"));
            }
            text(problems, "entries[" + i + "].reason", entry.reason(), true, 1000, true);
        }
        return problems;
    }

    public static List<Refusal.FieldProblem> forRegistration(UnitData data) {
        List<Refusal.FieldProblem> problems = new ArrayList<>(forDraft(data));
        for (String[] required : new String[][] {{"headName", data.headName()}, {"headEmail", data.headEmail()},
                {"contactName", data.contactName()}, {"contactEmail", data.contactEmail()}}) {
            if (required[1] == null || required[1].isBlank()) {
                problems.add(new Refusal.FieldProblem(required[0], "validation.required"));
            }
        }
        if (blank(data.measuresPhysical()) && blank(data.measuresDigital()) && blank(data.measuresOrganisational())) {
            problems.add(new Refusal.FieldProblem("measuresPhysical", "validation.measures.required"));
        }
        if (blank(data.sites()) && blank(data.buildings()) && blank(data.rooms())) {
            problems.add(new Refusal.FieldProblem("sites", "validation.access.required"));
        }
        return problems;
    }

    private static void text(List<Refusal.FieldProblem> problems, String field, String value, boolean required, int max, boolean multiLine) {
        if (blank(value)) {
            if (required) {
                problems.add(new Refusal.FieldProblem(field, "validation.required"));
            }
            return;
        }
        TextRules.fieldProblem(field, value, max, multiLine).ifPresent(problems::add);
        if (MARKUP.matcher(value).find()) {
            problems.add(new Refusal.FieldProblem(field, "validation.markup"));
        }
    }

    private static void email(List<Refusal.FieldProblem> problems, String field, String value) {
        if (blank(value)) {
            return;
        }
        if (TextRules.problem(value, 254, false).isPresent() || !EMAIL.matcher(value.trim()).matches()) {
            problems.add(new Refusal.FieldProblem(field, "validation.email"));
        }
    }

    /** A note for the history (a change, a confirmation) or a closure's reason: several lines, at most {@code max} characters. */
    public static void note(List<Refusal.FieldProblem> problems, String field, String value, int max) {
        if (!blank(value)) {
            TextRules.fieldProblem(field, value, max, true).ifPresent(problems::add);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
