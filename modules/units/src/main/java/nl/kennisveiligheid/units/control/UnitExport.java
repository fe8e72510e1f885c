package nl.kennisveiligheid.units.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CsvDownload;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.units.api.UnitSummary;

/**
 * The units a caller may see, filtered as in the table, as CSV (UTF-8, comma separated, header row): the register
 * for authority staff, the own units for institutions. Listed fields only, no personal data; written page by
 * page so the whole register never sits in memory. The export is audited with its filters and row count.
 */
@ApplicationScoped
public class UnitExport {

    static final String[] HEADER = {"id", "institution_code", "institution_name", "name", "kind", "faculty", "clusters", "status",
            "registered_on", "closed_on", "review_needed", "version"};

    private static final int PAGE = 500;

    @Inject
    UnitRegister units;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    /** The download's file name, e.g. {@code hoog-risico-onderdelen-2026-11-23.csv}. */
    public static String fileName(java.time.LocalDate today) {
        return "hoog-risico-onderdelen-" + today + ".csv";
    }

    /** Writes the CSV to {@code out} (not closed) and returns the number of units written. */
    public long write(Map<String, Object> filters, OutputStream out) {
        Map<Long, InstitutionSummary> byId = institutions.all().stream().collect(Collectors.toMap(InstitutionSummary::id, Function.identity()));
        long rows = 0;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvDownload csv = CsvDownload.to(writer, HEADER);
        for (int first = 0; ; first += PAGE) {
            List<UnitSummary> page = units.load(new PageRequest(first, PAGE, List.of(), filters));
            for (UnitSummary unit : page) {
                Optional<InstitutionSummary> institution = Optional.ofNullable(byId.get(unit.institutionId()));
                csv.row(unit.id(), institution.map(InstitutionSummary::code).orElse(""),
                        institution.map(InstitutionSummary::name).orElse(""), unit.name(), unit.kind(), nullToEmpty(unit.faculty()),
                        unit.clusters(), unit.status(), nullToEmpty(unit.registeredOn()), nullToEmpty(unit.closedOn()),
                        unit.reviewNeeded(), unit.currentVersion());
            }
            rows += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        csv.flush();
        audit.record(AuditEvent.exported("unit.exported", "HighRiskUnit", currentUser.institutionId().orElse(null), filters, rows));
        return rows;
    }

    private static Object nullToEmpty(Object value) {
        return value == null ? "" : value;
    }
}
