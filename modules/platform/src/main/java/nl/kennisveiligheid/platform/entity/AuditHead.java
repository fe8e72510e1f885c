package nl.kennisveiligheid.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The signed head checkpoint of the audit trail: the newest position and its hash, with an HMAC over both.
 * Writers lock this one row, so the chain never forks; deleting the newest records cannot hide, because the
 * head still names them and cannot be moved back without the key.
 */
@Entity
@Table(name = "audit_head", schema = "platform")
public class AuditHead {

    public static final int SINGLETON = 1;

    @Id
    private Integer id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(nullable = false, length = 64)
    private String signature;

    protected AuditHead() {
    }

    public long getLastPosition() {
        return lastPosition;
    }

    public String getLastHash() {
        return lastHash;
    }

    public String getSignature() {
        return signature;
    }

    public void advance(long position, String hash, String signature) {
        this.lastPosition = position;
        this.lastHash = hash;
        this.signature = signature;
    }

    /** The content the head's signature covers. */
    public static String signedContent(long position, String hash) {
        return "head\u001f" + position + "\u001f" + hash;
    }
}
