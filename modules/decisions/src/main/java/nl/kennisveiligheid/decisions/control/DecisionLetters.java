package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.control.letters.LetterContent;
import nl.kennisveiligheid.decisions.control.letters.LetterRenderer;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.decisions.entity.DecisionLetter;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.LiveSetting;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;
import nl.kennisveiligheid.decisions.api.ObjectionTerm;
import nl.kennisveiligheid.screening.api.RequestView;
import org.apache.commons.codec.digest.DigestUtils;

/** Makes and stores a decision's letter when it is signed (in the signing's transaction). */
@ApplicationScoped
public class DecisionLetters {

    static final String DEFAULT_OBJECTION_ADDRESS = "Screeningsautoriteit kennisveiligheid, t.a.v. Juridische Zaken, Postbus 20301, 2500 EH Den Haag";

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    LegalCalendar calendar;

    @Inject
    InstitutionDirectory institutions;

    /** Makes the letter of a just signed decision and stores it beside the decision. */
    void make(DecisionView decision, List<String> conditionsEn, RequestView request) {
        String institution = institutionName(decision.institutionId());
        String corrects = decision.correctsId() == null ? null : em.find(AccessDecision.class, decision.correctsId()).getReference();
        byte[] pdf = LetterRenderer.render(new LetterContent(decision.reference(), decision.requestReference(), decision.decidedOn(),
                decision.sentOn(), institution, decision.personName(), decision.personReference(), decision.unitName(), decision.outcome(),
                decision.conditions(), conditionsEn, decision.reasons(), decision.legalBasis(), decision.listCode(), decision.listVersion(),
                decision.effectiveFrom(), decision.expiresOn(), objectionUntil(decision.sentOn()), corrects, decision.signedBy(), objectionAddress()));
        em.persist(new DecisionLetter(decision.id(), decision.reference() + ".pdf", DigestUtils.sha256Hex(pdf), pdf));
    }

    /** The institution's name as letters give it. */
    String institutionName(long institutionId) {
        return institutions.byId(institutionId).map(InstitutionSummary::name).orElse(String.valueOf(institutionId));
    }

    /** The last day to object: 6 weeks from the day after sending (Awb 6:7, 6:8), moved past a weekend or holiday (Atw). */
    public LocalDate objectionUntil(LocalDate sentOn) {
        return ObjectionTerm.of(calendar, sentOn).endsOn();
    }

    /** Where objections go ({@code decisions.objection-address}). */
    static String objectionAddress() {
        return LiveSetting.of("decisions.objection-address").map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT_OBJECTION_ADDRESS);
    }
}
