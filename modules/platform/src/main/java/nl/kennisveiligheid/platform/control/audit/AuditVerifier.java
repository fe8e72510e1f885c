package nl.kennisveiligheid.platform.control.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.kennisveiligheid.platform.entity.AuditHead;
import nl.kennisveiligheid.platform.entity.AuditRecord;

/** Walks the audit chain and names the first record that is changed or missing. */
@ApplicationScoped
public class AuditVerifier {

    /** What verification found. */
    public enum Finding {
        /** Every record and the head check out. */
        INTACT,
        /** A record's content no longer matches its HMAC. */
        CHANGED,
        /** A record is missing inside the chain (a gap in positions, or a link that does not fit). */
        MISSING,
        /** The newest records are missing: the signed head names more than the chain holds. */
        NEWEST_MISSING,
        /** The head checkpoint is missing or its signature is wrong. */
        HEAD_INVALID,
        /** Records beyond the head checkpoint: written outside the application. */
        UNSEALED
    }

    /**
     * @param finding  what was found
     * @param position the first record concerned (null when intact or the head itself is wrong)
     * @param checked  how many records were checked
     */
    public record Result(Finding finding, Long position, long checked) {

        public boolean intact() {
            return finding == Finding.INTACT;
        }
    }

    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditKey key;

    @Transactional
    public Result verify() {
        long expected = 1;
        String previousHash = AuditTrailService.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditRecord> batch = em.createQuery("select r from AuditRecord r where r.position >= :from order by r.position", AuditRecord.class)
                    .setParameter("from", expected).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            em.clear();
            for (AuditRecord record : batch) {
                if (record.getPosition() != expected || !record.getPreviousHash().equals(previousHash)) {
                    return new Result(Finding.MISSING, expected, checked);
                }
                if (!key.hmac(record.canonicalContent()).equals(record.getHash())) {
                    return new Result(Finding.CHANGED, record.getPosition(), checked);
                }
                previousHash = record.getHash();
                expected++;
                checked++;
            }
        }
        long last = expected - 1;
        AuditHead head = em.find(AuditHead.class, AuditHead.SINGLETON);
        if (head == null || !key.hmac(AuditHead.signedContent(head.getLastPosition(), head.getLastHash())).equals(head.getSignature())) {
            return new Result(Finding.HEAD_INVALID, null, checked);
        }
        if (head.getLastPosition() > last) {
            return new Result(Finding.NEWEST_MISSING, last + 1, checked);
        }
        if (head.getLastPosition() < last) {
            return new Result(Finding.UNSEALED, head.getLastPosition() + 1, checked);
        }
        if (!head.getLastHash().equals(previousHash)) {
            return new Result(Finding.CHANGED, last, checked);
        }
        return new Result(Finding.INTACT, null, checked);
    }
}
