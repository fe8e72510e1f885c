package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;

/** A letter as it was sent (a PDF/UA document with its SHA-256), made once and never changed. */
@MappedSuperclass
public abstract class StoredLetter {

    @Column(name = "file_name", nullable = false, updatable = false, length = 100)
    private String fileName;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected StoredLetter() {
    }

    protected StoredLetter(String fileName, String sha256, byte[] content) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.content = content;
    }

    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
}
