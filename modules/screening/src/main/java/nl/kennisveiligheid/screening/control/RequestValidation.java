package nl.kennisveiligheid.screening.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal.FieldProblem;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.screening.api.AccessData;
import nl.kennisveiligheid.screening.api.Affiliation;
import nl.kennisveiligheid.screening.api.Funding;
import nl.kennisveiligheid.screening.api.RequestData;
import nl.kennisveiligheid.screening.api.RequestKind;
import nl.kennisveiligheid.screening.api.SubjectData;
import nl.kennisveiligheid.screening.api.RequestView;

/**
 * The rules of a request's fields, each problem named at its field ({@code subject.birthDate},
 * {@code affiliations[1].to}) with a key in the module's bundle. A draft is checked for what it holds; a submission
 * also for what it must hold. The unit and its entries are checked by the service against the units module.
 */
public final class RequestValidation {

    /** ISO 3166-1 alpha-2 codes. */
    static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern REFERENCE = Pattern.compile("KVS-\\d{4}-\\d{6}");
    /** How far back affiliations are asked for. */
    public static final int AFFILIATION_YEARS = 5;

    private RequestValidation() {
    }

    /** What is wrong with what a draft holds (nothing is required but the person's reference and surname). */
    public static List<FieldProblem> forDraft(RequestData data, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data == null || data.subject() == null || data.access() == null) {
            problems.add(new FieldProblem(data == null || data.subject() == null ? "subject" : "access", "validation.required"));
            return problems;
        }
        SubjectData s = data.subject();
        required(problems, "subject.personReference", s.personReference());
        required(problems, "subject.surname", s.surname());
        checkSubject(problems, s, today);
        checkAccess(problems, data.access());
        checkBackground(problems, data, today);
        return problems;
    }

    /**
     * The fields a submission needs (a draft may lack them); forms mark them. An empty submission is refused on exactly
     * these (RequestValidationTest holds the two together). A birth year stands in for the birth date.
     */
    public static final java.util.Set<String> NEEDED_TO_SUBMIT = java.util.Set.of("subject.personReference", "subject.surname",
            "subject.givenNames", "subject.birthDate", "subject.birthPlace", "subject.birthCountry", "subject.nationalities", "subject.email",
            "subject.idDocumentType", "subject.idDocumentNumber", "access.kind", "access.role", "access.unitId", "access.entryKeys",
            "access.researchTopic", "access.supervisor", "access.intendedStart", "access.intendedEnd", "funding");

    /** What is wrong or missing for a submission. */
    public static List<FieldProblem> forSubmission(RequestData data, LocalDate today) {
        List<FieldProblem> problems = forDraft(data, today);
        if (data == null || data.subject() == null || data.access() == null) {
            return problems;
        }
        SubjectData s = data.subject();
        required(problems, "subject.givenNames", s.givenNames());
        if (s.birthDate() == null && s.birthYear() == null) {
            problems.add(new FieldProblem("subject.birthDate", "validation.birth.required"));
        }
        required(problems, "subject.birthPlace", s.birthPlace());
        required(problems, "subject.birthCountry", s.birthCountry());
        if (s.nationalities().isEmpty() && !s.stateless()) {
            problems.add(new FieldProblem("subject.nationalities", "validation.nationalities.required"));
        }
        required(problems, "subject.email", s.email());
        if (s.idDocumentType() == null) {
            problems.add(new FieldProblem("subject.idDocumentType", "validation.required"));
        }
        required(problems, "subject.idDocumentNumber", s.idDocumentNumber());
        AccessData a = data.access();
        if (a.kind() == null) {
            problems.add(new FieldProblem("access.kind", "validation.required"));
        }
        if (a.role() == null) {
            problems.add(new FieldProblem("access.role", "validation.required"));
        }
        if (a.unitId() == null) {
            problems.add(new FieldProblem("access.unitId", "validation.required"));
        }
        if (a.entryKeys().isEmpty()) {
            problems.add(new FieldProblem("access.entryKeys", "validation.entries.required"));
        }
        required(problems, "access.researchTopic", a.researchTopic());
        required(problems, "access.supervisor", a.supervisor());
        if (a.intendedStart() == null) {
            problems.add(new FieldProblem("access.intendedStart", "validation.required"));
        }
        if (a.intendedEnd() == null) {
            problems.add(new FieldProblem("access.intendedEnd", "validation.required"));
        }
        if (a.kind() != null && a.kind() != RequestKind.FIRST_ACCESS && blank(a.earlierReference())) {
            problems.add(new FieldProblem("access.earlierReference", "validation.earlierReference.required"));
        }
        if (data.funding().isEmpty()) {
            problems.add(new FieldProblem("funding", "validation.funding.required"));
        }
        return problems;
    }

    private static void checkSubject(List<FieldProblem> problems, SubjectData s, LocalDate today) {
        text(problems, "subject.personReference", s.personReference(), 100, false);
        text(problems, "subject.givenNames", s.givenNames(), 200, false);
        text(problems, "subject.surname", s.surname(), 200, false);
        text(problems, "subject.otherScriptNames", s.otherScriptNames(), 400, false);
        text(problems, "subject.birthPlace", s.birthPlace(), 200, false);
        text(problems, "subject.email", s.email(), 254, false);
        text(problems, "subject.idDocumentNumber", s.idDocumentNumber(), 50, false);
        if (s.birthDate() != null) {
            if (s.birthDate().isAfter(today)) {
                problems.add(new FieldProblem("subject.birthDate", "validation.birthDate.future"));
            } else if (s.birthDate().isBefore(today.minusYears(110))) {
                problems.add(new FieldProblem("subject.birthDate", "validation.birthDate.range", today.minusYears(110)));
            }
        } else if (s.birthYear() != null && (s.birthYear() > today.getYear() || s.birthYear() < today.getYear() - 110)) {
            problems.add(new FieldProblem("subject.birthYear", "validation.birthYear.range", String.valueOf(today.getYear() - 110),
                    String.valueOf(today.getYear())));
        }
        country(problems, "subject.birthCountry", s.birthCountry());
        for (int i = 0; i < s.nationalities().size(); i++) {
            String code = s.nationalities().get(i);
            if (blank(code)) {
                problems.add(new FieldProblem("subject.nationalities[" + i + "]", "validation.country"));
            } else {
                country(problems, "subject.nationalities[" + i + "]", code);
            }
        }
        if (s.stateless() && !s.nationalities().isEmpty()) {
            problems.add(new FieldProblem("subject.nationalities", "validation.nationalities.stateless"));
        }
        if (!blank(s.email()) && !EMAIL.matcher(s.email().trim()).matches()) {
            problems.add(new FieldProblem("subject.email", "validation.email"));
        }
    }

    private static void checkAccess(List<FieldProblem> problems, AccessData a) {
        text(problems, "access.researchTopic", a.researchTopic(), 2000, true);
        text(problems, "access.supervisor", a.supervisor(), 200, false);
        if (!blank(a.earlierReference()) && !REFERENCE.matcher(a.earlierReference().trim()).matches()) {
            problems.add(new FieldProblem("access.earlierReference", "validation.reference"));
        }
        date(problems, "access.intendedStart", a.intendedStart());
        date(problems, "access.intendedEnd", a.intendedEnd());
        if (a.intendedStart() != null && a.intendedEnd() != null && !a.intendedEnd().isAfter(a.intendedStart())) {
            problems.add(new FieldProblem("access.intendedEnd", "validation.end.beforeStart"));
        }
        if (a.entryKeys().size() > 50) {
            problems.add(new FieldProblem("access.entryKeys", "validation.tooMany", 50));
        }
    }

    private static void checkBackground(List<FieldProblem> problems, RequestData data, LocalDate today) {
        if (data.affiliations().size() > 30) {
            problems.add(new FieldProblem("affiliations", "validation.tooMany", 30));
        }
        for (int i = 0; i < data.affiliations().size() && i < 30; i++) {
            Affiliation a = data.affiliations().get(i);
            String at = "affiliations[" + i + "]";
            if (a == null) {
                problems.add(new FieldProblem(at, "validation.required"));
                continue;
            }
            required(problems, at + ".organisation", a.organisation());
            text(problems, at + ".organisation", a.organisation(), 300, false);
            text(problems, at + ".role", a.role(), 200, false);
            required(problems, at + ".country", a.country());
            country(problems, at + ".country", a.country());
            if (a.from() == null) {
                problems.add(new FieldProblem(at + ".from", "validation.required"));
            } else if (a.from().isAfter(today)) {
                problems.add(new FieldProblem(at + ".from", "validation.affiliation.future"));
            }
            date(problems, at + ".from", a.from());
            date(problems, at + ".to", a.to());
            if (a.from() != null && a.to() != null && a.to().isBefore(a.from())) {
                problems.add(new FieldProblem(at + ".to", "validation.end.beforeStart"));
            }
        }
        if (data.funding().size() > 10) {
            problems.add(new FieldProblem("funding", "validation.tooMany", 10));
        }
        for (int i = 0; i < data.funding().size() && i < 10; i++) {
            Funding f = data.funding().get(i);
            String at = "funding[" + i + "]";
            if (f == null || f.kind() == null) {
                problems.add(new FieldProblem(at + ".kind", "validation.required"));
                continue;
            }
            text(problems, at + ".funder", f.funder(), 300, false);
            country(problems, at + ".country", f.country());
            if (f.kind().needsFunder()) {
                required(problems, at + ".funder", f.funder());
                required(problems, at + ".country", f.country());
            }
            date(problems, at + ".from", f.from());
            date(problems, at + ".to", f.to());
            if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
                problems.add(new FieldProblem(at + ".to", "validation.end.beforeStart"));
            }
        }
        text(problems, "earlierScreenings", data.earlierScreenings(), 2000, true);
    }

    /**
     * The periods in the {@value #AFFILIATION_YEARS} years before {@code until} that no affiliation covers, of more than
     * a month: pointed out to the assessor, not refused.
     */
    public static List<RequestView.Period> gaps(List<Affiliation> affiliations, LocalDate until) {
        LocalDate start = until.minusYears(AFFILIATION_YEARS);
        List<Affiliation> sorted = affiliations.stream().filter(a -> a != null && a.from() != null)
                .sorted(java.util.Comparator.comparing(Affiliation::from)).toList();
        List<RequestView.Period> gaps = new ArrayList<>();
        LocalDate covered = start.minusDays(1); // the last day covered so far
        for (Affiliation a : sorted) {
            LocalDate end = a.to() == null ? until : a.to();
            if (a.from().isAfter(covered.plusDays(1))) {
                addGap(gaps, covered.plusDays(1), a.from().minusDays(1));
            }
            if (end.isAfter(covered)) {
                covered = end;
            }
        }
        if (covered.isBefore(until)) {
            addGap(gaps, covered.plusDays(1), until);
        }
        return gaps;
    }

    private static void addGap(List<RequestView.Period> gaps, LocalDate from, LocalDate to) {
        if (to.isAfter(from.plusMonths(1))) {
            gaps.add(new RequestView.Period(from, to));
        }
    }

    /** A required free text (already trimmed, {@code null} when blank): missing, or what the text rules say of it. */
    static void requiredText(List<FieldProblem> problems, String field, String clean, int max) {
        if (clean == null) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else {
            TextRules.fieldProblem(field, clean, max, true).ifPresent(problems::add);
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value) {
        if (blank(value) && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean multiLine) {
        if (value != null) {
            TextRules.fieldProblem(field, value.trim(), max, multiLine).ifPresent(problems::add);
        }
    }

    private static void country(List<FieldProblem> problems, String field, String code) {
        if (!blank(code) && !COUNTRIES.contains(code.trim().toUpperCase(Locale.ROOT))) {
            problems.add(new FieldProblem(field, "validation.country"));
        }
    }

    private static void date(List<FieldProblem> problems, String field, LocalDate date) {
        if (date != null && !ApiParameters.plausible(date)) {
            problems.add(new FieldProblem(field, "validation.date.range"));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
