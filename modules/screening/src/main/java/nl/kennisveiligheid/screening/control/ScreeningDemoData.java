package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.kennisveiligheid.platform.api.DemoActors;
import nl.kennisveiligheid.platform.api.DemoDataContributor;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.screening.api.AccessData;
import nl.kennisveiligheid.screening.api.AccessRole;
import nl.kennisveiligheid.screening.api.Affiliation;
import nl.kennisveiligheid.screening.api.Funding;
import nl.kennisveiligheid.screening.api.FundingKind;
import nl.kennisveiligheid.screening.api.IdentityDocumentType;
import nl.kennisveiligheid.screening.api.RequestData;
import nl.kennisveiligheid.screening.api.RequestKind;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.SubjectData;
import nl.kennisveiligheid.units.api.UnitDirectory;
import nl.kennisveiligheid.units.api.UnitEntry;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitSummary;

/**
 * Demo data: about 40 requests of the two demo institutions over the past four months, in every state the intake
 * knows (drafts, new, assigned, waiting for a supplement, a supplement term ended unanswered, answered, extended,
 * overdue, suspended with consent, withdrawn), each made step by step through the services as the officers and the
 * assessor would, on the days they would, so the queue, the terms and the timelines are at work on the first start.
 * The people are fictitious.
 */
@ApplicationScoped
public class ScreeningDemoData implements DemoDataContributor {

    /** How a demo request's life goes. */
    enum Story { DRAFT, NEW, ASSIGNED, AWAITING, TERM_ENDED, ANSWERED, EXTENDED, OVERDUE, CONSENT, WITHDRAWN }

    private static final String[][] PEOPLE = {
            {"Wei", "Zhang", "张伟", "CN", "Harbin"}, {"Sara", "Ahmadi", "سارا احمدی", "IR", "Teheran"}, {"Ivan", "Petrov", "Иван Петров", "RU", "Novosibirsk"},
            {"Priya", "Sharma", null, "IN", "Pune"}, {"Lotte", "de Boer", null, "NL", "Zwolle"}, {"Jonas", "Müller", null, "DE", "Aken"},
            {"Mei", "Chen", "陈梅", "CN", "Wuhan"}, {"Ahmed", "Hassan", null, "EG", "Caïro"}, {"Olena", "Kovalenko", "Олена Коваленко", "UA", "Charkiv"},
            {"Daniel", "Kim", "김다니엘", "KR", "Daejeon"}, {"Fatemeh", "Karimi", "فاطمه کریمی", "IR", "Isfahan"}, {"Lucas", "Silva", null, "BR", "Campinas"},
            {"Anna", "Nowak", null, "PL", "Krakau"}, {"Hiroshi", "Tanaka", "田中浩", "JP", "Sendai"}, {"Sophie", "Janssens", null, "BE", "Leuven"},
            {"Li", "Wang", "王立", "CN", "Xi'an"}, {"Mehmet", "Yilmaz", null, "TR", "Ankara"}, {"Elena", "Rossi", null, "IT", "Turijn"},
            {"Nikolai", "Smirnov", "Николай Смирнов", "RU", "Tomsk"}, {"Ayesha", "Khan", null, "PK", "Lahore"}};

    private static final String[] TOPICS = {"Foutcorrectie in kwantumsensoren", "Efficiënte transistoren voor 2 nm", "Robuustheid van taalmodellen",
            "Eiwitontwerp met machine learning", "Passieve radar voor luchtverkeer", "Coördinatie van dronezwermen", "Stralingsbestendige elektronica",
            "Aanvallen op industriële besturing", "Microreactoren voor fijnchemie", "Beeldherkenning in de productie"};

    private static final String[] FOREIGN = {"Harbin Institute of Technology", "Sharif University of Technology", "Novosibirsk State University",
            "Indian Institute of Technology Bombay", "RWTH Aachen", "Huazhong University of Science and Technology", "Cairo University",
            "KAIST", "Tohoku University", "Middle East Technical University"};

    @Inject
    DemoActors demo;

    @Inject
    RequestEditing editing;

    @Inject
    Intake intake;

    @Inject
    UnitDirectory units;

    @Inject
    PlatformClock clock;

    @Override
    public String key() {
        return "screening.demo-requests";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void seed() {
        LocalDate today = clock.today();
        Random random = new Random(2026);
        List<Story> stories = new ArrayList<>();
        int[] counts = {5, 5, 7, 4, 2, 4, 3, 4, 2, 4}; // per Story, in declaration order: 40 requests
        for (int s = 0; s < counts.length; s++) {
            for (int n = 0; n < counts[s]; n++) {
                stories.add(Story.values()[s]);
            }
        }
        for (int i = 0; i < stories.size(); i++) {
            String officer = i % 3 == 2 ? "officer.hs" : "officer.uni";
            tell(stories.get(i), officer, i, today, random);
        }
    }

    private void tell(Story story, String officer, int i, LocalDate today, Random random) {
        // how long ago it was submitted, so that each story fits what the law allows on each day
        int ago = switch (story) {
            case DRAFT -> 3 + random.nextInt(20);
            case NEW -> 1 + random.nextInt(8);
            case ASSIGNED -> 6 + random.nextInt(16);
            case AWAITING -> 10 + random.nextInt(8);
            case TERM_ENDED -> 30 + random.nextInt(5);
            case ANSWERED -> 20 + random.nextInt(10);
            case EXTENDED -> 24 + random.nextInt(4);
            case OVERDUE -> 35 + random.nextInt(20);
            case CONSENT -> 12 + random.nextInt(6);
            case WITHDRAWN -> 15 + random.nextInt(100);
        };
        LocalDate submitted = workingDay(today.minusDays(ago));
        UnitSummary unit = pick(officer, submitted, i);
        if (unit == null) {
            return;
        }
        RequestData data = data(officer, unit, submitted, i, random);
        RequestSummary draft = demo.as(officer, at(submitted.minusDays(2), 10), () -> editing.create(data));
        if (story == Story.DRAFT) {
            return;
        }
        RequestSummary request = demo.as(officer, at(submitted, 11), () -> editing.submit(draft.id(), draft.version()));
        if (story == Story.NEW) {
            return;
        }
        if (story == Story.WITHDRAWN) {
            demo.as(officer, at(submitted.plusDays(3), 9), () -> editing.withdraw(request.id(), request.version(), "De kandidaat heeft de aanstelling afgewezen."));
            return;
        }
        RequestSummary assigned = demo.as("assessor", at(workingDay(submitted.plusDays(1)), 9), () -> intake.assign(request.id(), request.version(), null));
        switch (story) {
            case AWAITING, TERM_ENDED, ANSWERED, EXTENDED -> {
                LocalDate asked = workingDay(submitted.plusDays(4));
                LocalDate answerBy = story == Story.TERM_ENDED ? asked.plusDays(14) : asked.plusWeeks(2);
                RequestSummary withQuestion = demo.as("assessor", at(asked, 14), () -> intake.askSupplement(assigned.id(), assigned.version(),
                        "Stuur een cv van de afgelopen vijf jaar en een verklaring van de financier over de beurs.", answerBy));
                if (story == Story.ANSWERED || story == Story.EXTENDED) {
                    LocalDate answered = workingDay(asked.plusDays(5));
                    RequestSummary answeredRequest = demo.as(officer, at(answered, 15), () -> editing.answerSupplement(withQuestion.id(), 1,
                            withQuestion.version(), "Het cv en de verklaring van de financier zijn bijgevoegd."));
                    if (story == Story.EXTENDED) {
                        demo.as("assessor", at(workingDay(answered.plusDays(3)), 10), () -> intake.extend(answeredRequest.id(), answeredRequest.version(),
                                "Er is advies nodig van een deskundige over de gevoeligheid van het onderzoek."));
                    }
                }
            }
            case CONSENT -> demo.as("assessor", at(workingDay(submitted.plusDays(5)), 10), () -> intake.suspend(assigned.id(), assigned.version(),
                    Suspension.Reason.CONSENT, submitted.plusDays(6), submitted.plusDays(12), "De instelling stemde in met uitstel tot het cv er is."));
            default -> {
                // ASSIGNED and OVERDUE: in assessment
            }
        }
    }

    /** A registered unit of the officer's institution that existed on {@code day}. */
    private UnitSummary pick(String officer, LocalDate day, int i) {
        List<UnitSummary> usable = demo.as(officer, at(day, 8), () -> units.openUnitsOfMyInstitution()).stream()
                .filter(u -> u.status() == UnitStatus.REGISTERED && u.registeredOn() != null && u.registeredOn().isBefore(day.minusDays(2))).toList();
        return usable.isEmpty() ? null : usable.get(i % usable.size());
    }

    private RequestData data(String officer, UnitSummary unit, LocalDate submitted, int i, Random random) {
        String[] person = PEOPLE[i % PEOPLE.length];
        List<String> entryKeys = demo.as(officer, at(submitted, 8), () -> units.asOf(unit.id(), submitted))
                .map(v -> v.data().entries().stream().map(UnitEntry::entryKey).limit(1 + random.nextInt(2)).toList()).orElse(List.of());
        boolean dutch = "NL".equals(person[3]) || "BE".equals(person[3]) || "DE".equals(person[3]);
        SubjectData subject = new SubjectData((officer.endsWith(".uni") ? "UNI-" : "HS-") + (40210 + i * 37), person[0], person[1], person[2],
                LocalDate.of(1985 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)), null, person[4], person[3],
                List.of(person[3]), false, person[0].toLowerCase() + "." + person[1].toLowerCase().replace(' ', '-') + "@example.org",
                IdentityDocumentType.PASSPORT, person[3] + (1000000 + random.nextInt(8999999)));
        AccessRole role = AccessRole.values()[i % 4];
        AccessData access = new AccessData(RequestKind.FIRST_ACCESS, null, role, unit.id(), entryKeys,
                TOPICS[i % TOPICS.length], "Prof. dr. " + (i % 2 == 0 ? "M. de Vries" : "J. Bakker"), submitted.plusMonths(1).withDayOfMonth(1),
                submitted.plusMonths(1).withDayOfMonth(1).plusYears(role == AccessRole.MASTER_STUDENT ? 1 : 4).minusDays(1));
        List<Affiliation> affiliations = dutch
                ? List.of(new Affiliation("Universiteit Utrecht", "NL", "Student", submitted.minusYears(6), submitted.minusMonths(2)))
                : List.of(new Affiliation(FOREIGN[i % FOREIGN.length], person[3], "Onderzoeker", submitted.minusYears(5).minusMonths(3),
                        submitted.minusMonths(1 + random.nextInt(10))));
        List<Funding> funding = i % 5 == 1
                ? List.of(new Funding(FundingKind.SCHOLARSHIP, "China Scholarship Council", "CN", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), true))
                : i % 7 == 3 ? List.of(new Funding(FundingKind.FOREIGN_GOVERNMENT, "Ministerie van Wetenschap", person[3], null, null, false))
                : List.of(new Funding(FundingKind.OWN_INSTITUTION, null, null, null, null, false));
        return new RequestData(subject, access, affiliations, funding, i % 6 == 0 ? "Eerder gescreend voor het kennisembargo (2024)." : null);
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(clock.zone()).toInstant();
    }

    private static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
