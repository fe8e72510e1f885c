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
 * after its supplement term ended unanswered, and one assessment prepared and waiting for the decider's signature. So
 * the access check, the units' "people with access" and the letters can be tried on the first start.
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
        // the oldest first: a refusal needs its hearing, a week before it is prepared; the last one waits for its signature
        Outcome[] outcomes = {Outcome.REFUSED, Outcome.GRANTED, Outcome.GRANTED_WITH_CONDITIONS, Outcome.GRANTED};
        for (int i = 0; i < Math.min(outcomes.length, running.size()); i++) {
            boolean heard = outcomes[i] != Outcome.REFUSED || running.get(i).submittedOn().isBefore(before.minusDays(8));
            if (heard) {
                decide(running.get(i).id(), outcomes[i], before, yesterday, i < 3);
            }
        }
        if (termEnded != null) {
            decide(termEnded.id(), Outcome.NOT_PROCESSED, before, yesterday, true);
        }
    }

    /** Assesses and prepares on {@code prepared} as the assessor; signs on {@code signed} as the decider when {@code sign}. */
    private void decide(long requestId, Outcome outcome, LocalDate prepared, LocalDate signed, boolean sign) {
        LocalDate started = outcome == Outcome.REFUSED ? prepared.minusDays(7) : prepared;
        AssessmentView opened = demo.as("assessor", at(started, 9), () -> assessments.open(requestId).orElseThrow());
        AssessmentView saved = demo.as("assessor", at(started, 10), () -> assessments.change(requestId, opened.version(), data(outcome)));
        AssessmentView ready = saved;
        if (outcome == Outcome.REFUSED) {
            AssessmentView invited = demo.as("assessor", at(started, 11), () -> assessments.inviteToHearing(requestId, saved.version(),
                    prepared.minusDays(1)));
            ready = demo.as("assessor", at(prepared.minusDays(2), 14), () -> assessments.recordView(requestId, invited.version(),
                    "De instelling wijst erop dat de persoon alleen met open data zal werken.", prepared.minusDays(2)));
        }
        AssessmentView toPrepare = ready;
        AssessmentView done = demo.as("assessor", at(prepared, 15), () -> assessments.prepare(requestId, toPrepare.version()));
        if (sign) {
            demo.as("decider", at(signed, 10), () -> signing.sign(requestId, done.version()));
        }
    }

    private static AssessmentData data(Outcome outcome) {
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
        return new AssessmentData(findings, outcome, conditions, null, reasons, DecisionsSettings.DEFAULT_LEGAL_BASIS, null, null,
                serious ? "Ambtsbericht van de dienst (vertrouwelijk, niet in het dossier)." : null);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(PlatformClock.ZONE).toInstant();
    }

    private static LocalDate workingDayBefore(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
