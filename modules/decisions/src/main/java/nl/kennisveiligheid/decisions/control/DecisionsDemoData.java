package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.decisions.api.AssessmentData;
import nl.kennisveiligheid.decisions.api.AssessmentView;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.api.ObjectionView;
import nl.kennisveiligheid.decisions.api.Finding;
import nl.kennisveiligheid.decisions.api.FindingData;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.platform.api.DemoActors;
import nl.kennisveiligheid.platform.api.DemoDataContributor;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.ScreeningRequests;
import nl.kennisveiligheid.signals.api.IndicatorGroup;

/**
 * Demo data: decisions of every outcome on the demo requests, made through the services as the assessor and the decider
 * would, on the days they would: access granted, granted under conditions, refused after a hearing, a request set aside
 * after its supplement term ended unanswered, and one assessment prepared and waiting for the decider's signature; after
 * the decision: an objection waiting for its decision, a refusal whose objection was decided unfounded and that is now
 * on appeal, a grant that expired, and a grant revoked after a hearing. So the access check, the units' "people with
 * access", the letters and the decision register can be tried on the first start.
 */
@ApplicationScoped
public class DecisionsDemoData implements DemoDataContributor {

    @Inject
    DemoActors demo;

    @Inject
    ScreeningRequests requests;

    @Inject
    Assessments assessments;

    @Inject
    Signing signing;

    @Inject
    PlatformClock clock;

    @Inject
    Objections objections;

    @Inject
    Appeals appeals;

    @Override
    public String key() {
        return "decisions.demo-decisions";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void seed() {
        LocalDate today = clock.today();
        LocalDate yesterday = workingDayBefore(today);
        LocalDate before = workingDayBefore(yesterday);
        List<RequestSummary> open = demo.as("assessor", at(today, 8), () -> requests.open(200));
        List<RequestSummary> running = new ArrayList<>();
        RequestSummary termEnded = null;
        for (RequestSummary r : open) {
            if (termEnded == null && Assessments.supplementTermEndedUnanswered(r, before)) {
                termEnded = r;
            } else if (r.status() == RequestStatus.SUBMITTED && r.submittedOn() != null && r.submittedOn().isBefore(before.minusDays(2))) {
                running.add(r);
            }
        }
        // the oldest (submitted at least four weeks ago) goes all the way to the court
        if (!running.isEmpty() && running.get(0).submittedOn().plusDays(28).isBefore(today)) {
            onAppeal(running.remove(0));
        }
        // the oldest first: a refusal needs its hearing, a week before it is prepared; the last one waits for its signature
        Outcome[] outcomes = {Outcome.REFUSED, Outcome.GRANTED, Outcome.GRANTED_WITH_CONDITIONS, Outcome.GRANTED};
        for (int i = 0; i < Math.min(outcomes.length, running.size()); i++) {
            boolean heard = outcomes[i] != Outcome.REFUSED || running.get(i).submittedOn().isBefore(before.minusDays(8));
            if (heard) {
                DecisionView decision = decide(running.get(i).id(), outcomes[i], before, yesterday, i < 3, null);
                if (outcomes[i] == Outcome.GRANTED_WITH_CONDITIONS && decision != null) {
                    object(decision, at(today, 8), "De voorschriften maken het werk onmogelijk: de begeleider is zelf maar twee dagen per week aanwezig.");
                }
            }
        }
        if (termEnded != null) {
            decide(termEnded.id(), Outcome.NOT_PROCESSED, before, yesterday, true, null);
        }
        List<RequestSummary> rest = running.subList(Math.min(outcomes.length, running.size()), running.size());
        // a grant that ran out (signed three days after submission, valid for a week), and a grant revoked after a hearing
        rest.stream().filter(r -> r.submittedOn().plusDays(12).isBefore(today)).findFirst().ifPresent(r -> {
            LocalDate signed = workingDayAfter(r.submittedOn().plusDays(2));
            decide(r.id(), Outcome.GRANTED, signed, signed, true, signed.plusDays(7));
        });
        rest.stream().skip(1).filter(r -> r.submittedOn().plusDays(16).isBefore(today)).findFirst().ifPresent(this::revoked);
    }

    /** Refused, objected to a few days later, heard, decided unfounded, and now before the court. */
    private void onAppeal(RequestSummary request) {
        LocalDate submitted = request.submittedOn();
        LocalDate signed = workingDayAfter(submitted.plusDays(10));
        DecisionView refusal = decide(request.id(), Outcome.REFUSED, workingDayBefore(signed), signed, true, null);
        ObjectionView objection = object(refusal, at(workingDayAfter(signed.plusDays(3)), 10),
                "De persoon heeft de band met de genoemde universiteit twee jaar geleden verbroken; dat blijkt uit de bijgevoegde verklaring.");
        ObjectionView heard = demo.as("assessor", at(workingDayAfter(signed.plusDays(7)), 14),
                () -> objections.heard(objection.id(), objection.version(), workingDayAfter(signed.plusDays(7))));
        demo.as("decider", at(workingDayAfter(signed.plusDays(10)), 11), () -> objections.decide(heard.id(), heard.version(), "UNFOUNDED",
                "De verklaring toont niet aan dat de band is verbroken: de persoon stond dit jaar nog als gastonderzoeker op de website van de universiteit."));
        LocalDate filed = workingDayAfter(signed.plusDays(14));
        demo.as("assessor", at(filed, 9), () -> appeals.record(refusal.id(), "Rechtbank Den Haag", "SGR 26/" + (4000 + request.id()), filed));
    }

    /** Granted, then new facts: a correction revokes it after the institution and the person were heard. */
    private void revoked(RequestSummary request) {
        LocalDate granted = workingDayAfter(request.submittedOn().plusDays(2));
        decide(request.id(), Outcome.GRANTED, granted, granted, true, null);
        LocalDate started = workingDayAfter(granted.plusDays(3));
        long id = request.id();
        AssessmentView correction = demo.as("assessor", at(started, 9), () -> assessments.startCorrection(id));
        AssessmentView changed = demo.as("assessor", at(started, 10), () -> assessments.change(id, correction.version(), data(Outcome.REVOKED, null)));
        AssessmentView invited = demo.as("assessor", at(started, 11), () -> assessments.inviteToHearing(id, changed.version(), started.plusDays(7)));
        LocalDate viewOn = workingDayAfter(started.plusDays(4));
        AssessmentView viewed = demo.as("assessor", at(viewOn, 14), () -> assessments.recordView(id, invited.version(),
                "De instelling vraagt de toegang te laten tot het einde van het project; de persoon werkt alleen met open data.", viewOn));
        LocalDate prepared = workingDayAfter(viewOn.plusDays(1));
        AssessmentView done = demo.as("assessor", at(prepared, 15), () -> assessments.prepare(id, viewed.version()));
        demo.as("decider", at(workingDayAfter(prepared.plusDays(1)), 10), () -> signing.sign(id, done.version()));
    }

    /** The institution objects (whichever of the two demo officers it has). */
    private ObjectionView object(DecisionView decision, Instant at, String grounds) {
        try {
            return demo.as("officer.uni", at, () -> objections.file(decision.id(), null, grounds, null, null));
        } catch (nl.kennisveiligheid.platform.api.Refusal notTheirs) {
            return demo.as("officer.hs", at, () -> objections.file(decision.id(), null, grounds, null, null));
        }
    }

    /**
     * Assesses and prepares on {@code prepared} as the assessor; signs on {@code signed} as the decider when {@code sign}
     * (the decision, else null).
     */
    private DecisionView decide(long requestId, Outcome outcome, LocalDate prepared, LocalDate signed, boolean sign, LocalDate expiresOn) {
        LocalDate started = outcome == Outcome.REFUSED ? prepared.minusDays(7) : prepared;
        AssessmentView opened = demo.as("assessor", at(started, 9), () -> assessments.open(requestId).orElseThrow());
        AssessmentView saved = demo.as("assessor", at(started, 10), () -> assessments.change(requestId, opened.version(), data(outcome, expiresOn)));
        AssessmentView ready = saved;
        if (outcome == Outcome.REFUSED) {
            AssessmentView invited = demo.as("assessor", at(started, 11), () -> assessments.inviteToHearing(requestId, saved.version(),
                    prepared.minusDays(1)));
            ready = demo.as("assessor", at(prepared.minusDays(2), 14), () -> assessments.recordView(requestId, invited.version(),
                    "De instelling wijst erop dat de persoon alleen met open data zal werken.", prepared.minusDays(2)));
        }
        AssessmentView toPrepare = ready;
        AssessmentView done = demo.as("assessor", at(prepared, 15), () -> assessments.prepare(requestId, toPrepare.version()));
        return sign ? demo.as("decider", at(signed, 10), () -> signing.sign(requestId, done.version())) : null;
    }

    private static AssessmentData data(Outcome outcome, LocalDate expiresOn) {
        boolean serious = outcome == Outcome.REFUSED || outcome == Outcome.REVOKED;
        List<FindingData> findings = new ArrayList<>();
        for (IndicatorGroup group : IndicatorGroup.values()) {
            Finding finding = serious && group == IndicatorGroup.AFFILIATIONS ? Finding.SERIOUS_SIGNAL
                    : group == IndicatorGroup.FIELD ? Finding.SIGNAL : Finding.NO_SIGNAL;
            findings.add(new FindingData(group, finding, finding == Finding.NO_SIGNAL ? null : "Zie de motivering."));
        }
        String reasons = switch (outcome) {
            case GRANTED -> "De screening laat geen signalen zien die aan toegang in de weg staan. Het werk valt onder Bijlage 2; dat alleen is geen reden om toegang te weigeren.";
            case GRANTED_WITH_CONDITIONS -> "De persoon werkte eerder bij een organisatie met banden met een staatsactor. Onder begeleiding en zonder toegang tot exportgevoelige gegevens is het risico aanvaardbaar.";
            case REFUSED -> "De persoon is verbonden aan een universiteit die op een lijst van organisaties van zorg staat, met een hoog risico, binnen de afgelopen vijf jaar. De zienswijze neemt dat risico niet weg.";
            case NOT_PROCESSED -> "De gevraagde aanvulling is niet binnen de termijn ontvangen; de aanvraag kan zonder die gegevens niet worden beoordeeld.";
            case REVOKED -> "Na het besluit is de persoon op een lijst van organisaties van zorg verschenen; de zienswijze neemt dat risico niet weg.";
        };
        List<String> conditions = outcome == Outcome.GRANTED_WITH_CONDITIONS ? List.of("SUPERVISION", "NO_EXPORT_CONTROLLED") : List.of();
        return new AssessmentData(findings, outcome, conditions, null, reasons, DecisionsSettings.DEFAULT_LEGAL_BASIS, null, expiresOn,
                serious ? "Ambtsbericht van de dienst (vertrouwelijk, niet in het dossier)." : null);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(PlatformClock.ZONE).toInstant();
    }

    private static LocalDate workingDayAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate workingDayBefore(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
