package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.kennisveiligheid.decisions.api.ConditionTemplateView;

/** A condition in the authority's catalogue. */
@Entity
@Table(name = "condition_template", schema = "decisions")
public class ConditionTemplate {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "text_nl", nullable = false, length = 1000)
    private String textNl;

    @Column(name = "text_en", nullable = false, length = 1000)
    private String textEn;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "position", nullable = false)
    private int position;

    protected ConditionTemplate() {
    }

    public ConditionTemplate(String code, String textNl, String textEn, int position) {
        this.code = code;
        this.textNl = textNl;
        this.textEn = textEn;
        this.position = position;
        this.active = true;
    }

    /** No new decision can take it; decisions that did keep its text. */
    public void withdraw() {
        active = false;
    }

    public ConditionTemplateView view() {
        return new ConditionTemplateView(code, textNl, textEn, active);
    }

    public String getCode() { return code; }
    public String getTextNl() { return textNl; }
    public boolean isActive() { return active; }
}
