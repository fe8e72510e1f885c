package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kennisveiligheid.decisions.api.RegisterEntry;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CsvDownload;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;

/**
 * The decision register, filtered as in the table, as CSV (UTF-8, comma separated, header row) for authority staff:
 * the register's fields and the turnaround, no names, no reasons, never a confidential annex; formula cells
 * neutralised. Written page by page; the export is audited with its filters and row count.
 */
@ApplicationScoped
public class DecisionExport {

    static final String[] HEADER = {"reference", "request_reference", "institution_code", "institution_name", "unit", "clusters", "outcome",
            "decided_on", "effective_from", "expires_on", "revoked_from", "status", "under_objection", "on_appeal", "submitted_on",
            "suspended_days", "turnaround_days", "due_on", "days_late", "within_term", "corrects"};

    private static final int PAGE = 500;

    @Inject
    DecisionRegister register;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    AuditTrail audit;

    /** The download's file name, e.g. {@code besluitenregister-2026-11-30.csv}. */
    public static String fileName(LocalDate today) {
        return "besluitenregister-" + today + ".csv";
    }

    /** Writes the CSV to {@code out} (not closed) and returns the number of decisions written (authority staff only). */
    public long write(Map<String, Object> filters, OutputStream out) {
        register.requireAuthorityStaff();
        Map<Long, InstitutionSummary> byId = institutions.all().stream().collect(Collectors.toMap(InstitutionSummary::id, Function.identity()));
        long rows = 0;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvDownload csv = CsvDownload.to(writer, HEADER);
        for (int first = 0; ; first += PAGE) {
            List<RegisterEntry> page = register.load(new PageRequest(first, PAGE, List.of(), filters));
            for (RegisterEntry d : page) {
                Optional<InstitutionSummary> institution = Optional.ofNullable(byId.get(d.institutionId()));
                csv.row(d.reference(), d.requestReference(), institution.map(InstitutionSummary::code).orElse(""),
                        institution.map(InstitutionSummary::name).orElse(""), d.unitName(), d.clusters(), d.outcome(), d.decidedOn(),
                        d.effectiveFrom(), blank(d.expiresOn()), blank(d.revokedFrom()), d.status(), d.underObjection(), d.onAppeal(),
                        blank(d.submittedOn()), blank(d.suspendedDays()), blank(d.turnaroundDays()), blank(d.dueOn()), d.daysLate(),
                        d.withinTerm(), blank(d.corrects()));
            }
            rows += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        csv.flush();
        audit.record(AuditEvent.exported("decision.register.exported", "AccessDecision", null, filters, rows));
        return rows;
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }
}
