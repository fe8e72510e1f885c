package nl.kennisveiligheid.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An Annex 2 entry of the unit the person will work with: its stable key and, for display, its code. */
@Embeddable
public class RequestEntry {

    @Column(name = "entry_key", nullable = false, length = 40)
    private String entryKey;

    @Column(name = "entry_code", length = 20)
    private String entryCode;

    protected RequestEntry() {
    }

    public RequestEntry(String entryKey, String entryCode) {
        this.entryKey = entryKey;
        this.entryCode = entryCode;
    }

    public String getEntryKey() {
        return entryKey;
    }

    public String getEntryCode() {
        return entryCode;
    }
}
