package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.control.letters.Addressee;
import nl.kennisveiligheid.decisions.control.letters.LetterContent;
import nl.kennisveiligheid.decisions.control.letters.Letterhead;
import nl.kennisveiligheid.decisions.control.letters.ListUsed;
import nl.kennisveiligheid.platform.api.ActorNames;
import nl.kennisveiligheid.platform.api.PersonDetails;
import nl.kennisveiligheid.screening.api.ScreeningRequests;
import nl.kennisveiligheid.techlist.api.ListVersionSummary;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.techlist.api.TechnologyListSummary;
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

    static final String DEFAULT_OBJECTION_ADDRESS = "Screeningsautoriteit kennisveiligheid\nt.a.v. Juridische Zaken\nPostbus 20301\n2500 EH Den Haag";

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    LegalCalendar calendar;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    ScreeningRequests requests;

    @Inject
    ActorNames actors;

    @Inject
    TechnologyListCatalog lists;

    /** Makes the letter of a just signed decision and stores it beside the decision. */
    void make(DecisionView decision, List<String> conditionsEn, RequestView request) {
        String corrects = decision.correctsId() == null ? null : em.find(AccessDecision.class, decision.correctsId()).getReference();
        boolean correction = decision.correctsId() != null;
        byte[] pdf = LetterRenderer.render(new LetterContent(decision.reference(), decision.requestReference(),
                correction ? null : request.summary().submittedOn(), decision.decidedOn(), decision.sentOn(), letterhead(),
                addressee(decision.institutionId(), decision.requestId()), decision.personName(), decision.personReference(), decision.unitName(),
                decision.outcome(), decision.conditions(), conditionsEn, decision.reasons(), decision.legalBasis(),
                listUsed(decision.listCode(), decision.listVersion()), decision.effectiveFrom(), decision.expiresOn(),
                objectionUntil(decision.sentOn()), corrects, signatory(decision.signedBy())));
        em.persist(new DecisionLetter(decision.id(), decision.reference() + ".pdf", DigestUtils.sha256Hex(pdf), pdf));
    }

    /** The authority as the sender of its letters ({@code decisions.letter.*}). */
    Letterhead letterhead() {
        return new Letterhead(setting("decisions.letter.authority", "Screeningsautoriteit kennisveiligheid"),
                setting("decisions.letter.visiting-address", "Turfmarkt 147\n2511 DP Den Haag"),
                setting("decisions.letter.postal-address", "Postbus 20301\n2500 EH Den Haag"),
                setting("decisions.letter.phone", "070 000 00 00"),
                setting("decisions.letter.email", "screening@screeningsautoriteit.example"),
                setting("decisions.letter.website", "www.screeningsautoriteit.example"),
                objectionAddress());
    }

    /** The institution, for the attention of the person who submitted the request, at its postal address. */
    Addressee addressee(long institutionId, long requestId) {
        String attention = requests.submittedBy(requestId).flatMap(actors::person).map(PersonDetails::name).orElse(null);
        return new Addressee(institutionName(institutionId), attention, institutions.postalAddress(institutionId).orElse(null));
    }

    /** The decider who signed, by name and function; a signer no longer known by the name recorded. */
    PersonDetails signatory(String signedBy) {
        return actors.person(signedBy).orElseGet(() -> new PersonDetails(signedBy, null));
    }

    /** The Annex 2 version decided under, in words; {@code null} when none is recorded. */
    private ListUsed listUsed(String listCode, Integer version) {
        if (listCode == null || version == null) {
            return null;
        }
        TechnologyListSummary list = lists.list(listCode).orElse(null);
        LocalDate effective = lists.version(listCode, version).map(ListVersionSummary::effectiveDate).orElse(null);
        return list == null ? new ListUsed(listCode, listCode, version, effective) : new ListUsed(list.nameNl(), list.nameEn(), version, effective);
    }

    private static String setting(String name, String fallback) {
        return LiveSetting.of(name).map(v -> v.strip().replace("\\n", "\n")).filter(v -> !v.isEmpty()).orElse(fallback);
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
        return setting("decisions.objection-address", DEFAULT_OBJECTION_ADDRESS);
    }
}
