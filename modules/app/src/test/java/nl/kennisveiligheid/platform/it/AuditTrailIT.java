package nl.kennisveiligheid.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.control.StartupSequence;
import nl.kennisveiligheid.platform.control.audit.AuditRecords;
import nl.kennisveiligheid.platform.control.audit.AuditVerifier;
import nl.kennisveiligheid.platform.control.audit.AuditVerifier.Finding;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is a chain that verification walks: a record changed by SQL, a record deleted from the middle,
 * and the newest records deleted are each found and named. Every test restores the rows it tampered with, so the
 * shared suite database stays intact (checked after each test).
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Inject
    AuditTrail trail;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditRecords records;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = StartupSequence.DATASOURCE)
    DataSource dataSource;

    private String marker;
    private List<Long> positions;

    @BeforeEach
    void recordThree() throws Exception {
        assertEquals(Finding.INTACT, verifier.verify().finding(), "the suite's trail is intact before");
        marker = "it-" + UUID.randomUUID();
        for (int i = 1; i <= 3; i++) {
            trail.recordIndependently(new AuditEvent("test.event", "AuditTrailIT", marker + "-" + i, null, Map.of(), Map.of("n", i)));
        }
        positions = positionsOf(marker);
        assertEquals(3, positions.size());
    }

    @AfterEach
    void intactAfter() {
        assertEquals(Finding.INTACT, verifier.verify().finding(), "restored");
    }

    @Test
    void intactChainChecksEveryRecord() {
        AuditVerifier.Result result = verifier.verify();
        assertTrue(result.intact());
        assertTrue(result.checked() >= positions.get(2), "checked " + result.checked());
    }

    @Test
    void changedMiddleRecordIsNamed() throws Exception {
        long middle = positions.get(1);
        execute("update platform.audit_record set action = 'test.tampered' where position = " + middle);
        try {
            AuditVerifier.Result result = verifier.verify();
            assertEquals(Finding.CHANGED, result.finding());
            assertEquals(middle, result.position());
        } finally {
            execute("update platform.audit_record set action = 'test.event' where position = " + middle);
        }
    }

    @Test
    void deletedMiddleRecordIsNamed() throws Exception {
        long middle = positions.get(1);
        List<Map<String, Object>> saved = deleteFrom(middle, middle);
        try {
            AuditVerifier.Result result = verifier.verify();
            assertEquals(Finding.MISSING, result.finding());
            assertEquals(middle, result.position());
        } finally {
            restore(saved);
        }
    }

    @Test
    void deletedNewestRecordsAreNamedThroughTheSignedHead() throws Exception {
        long newest = positions.get(2);
        long from = positions.get(1);
        assertEquals(newest, maxPosition(), "no other writer in between");
        List<Map<String, Object>> saved = deleteFrom(from, newest);
        try {
            AuditVerifier.Result result = verifier.verify();
            assertEquals(Finding.NEWEST_MISSING, result.finding());
            assertEquals(from, result.position());
        } finally {
            restore(saved);
        }
    }

    @Test
    void refusedAttemptIsRecordedEvenWhenTheOperationRollsBack() throws Exception {
        String refused = "refused-" + UUID.randomUUID();
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        transaction.begin();
        trail.record(AuditEvent.of("test.rolled-back", "AuditTrailIT", rolledBack, null));
        trail.recordIndependently(AuditEvent.of("test.refused", "AuditTrailIT", refused, null));
        transaction.rollback();
        long until = System.currentTimeMillis() + 10_000;
        while (positionsOf(refused).isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertEquals(1, positionsOf(refused).size(), "recorded independently, right after the rollback");
        assertEquals(0, positionsOf(rolledBack).size(), "rolled back with the operation");
    }

    @Test
    void searchByObjectAndAction() {
        assertEquals(3, records.count(Map.of("objectId", marker, "action", "test.event"), null, null));
        assertEquals(1, records.count(Map.of("objectId", marker + "-2"), null, null));
    }

    private List<Long> positionsOf(String objectIdPrefix) throws Exception {
        List<Long> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select position from platform.audit_record where object_id like ? order by position")) {
            s.setString(1, objectIdPrefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
        }
        return found;
    }

    private long maxPosition() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select max(position) from platform.audit_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private List<Map<String, Object>> deleteFrom(long from, long to) throws Exception {
        List<Map<String, Object>> saved = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select * from platform.audit_record where position between " + from + " and " + to + " order by position")) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i).toLowerCase(), rs.getObject(i));
                    }
                    saved.add(row);
                }
            }
            s.executeUpdate("delete from platform.audit_record where position between " + from + " and " + to);
        }
        return saved;
    }

    private void restore(List<Map<String, Object>> rows) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (Map<String, Object> row : rows) {
                String columns = String.join(", ", row.keySet());
                String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
                try (PreparedStatement s = c.prepareStatement("insert into platform.audit_record (" + columns + ") values (" + marks + ")")) {
                    int i = 1;
                    for (Object value : row.values()) {
                        s.setObject(i++, value);
                    }
                    s.executeUpdate();
                }
            }
        }
    }
}
