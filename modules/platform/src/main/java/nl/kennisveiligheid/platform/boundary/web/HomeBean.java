package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.kennisveiligheid.platform.api.HomeContribution;
import nl.kennisveiligheid.platform.api.HomeItem;
import nl.kennisveiligheid.platform.api.HomeWork;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.control.RequestMessages;

/**
 * The home page: the signed-in user's next work (every module's {@link HomeContribution#homeWork()}, most urgent first)
 * and overview counts, computed once per request.
 */
@Named("home")
@RequestScoped
public class HomeBean {

    /** One count as the home page shows it. */
    public record Card(String text, String href, boolean attention) {
    }

    /** One kind of work as the home page shows it. */
    public record Section(String id, String title, long count, List<Line> lines, String allHref, String allText, String emptyText) {
    }

    /** One piece of work: {@code overdue} when its due date has passed, {@code dueToday} when it is today. */
    public record Line(String reference, String href, String what, String due, boolean overdue, boolean dueToday) {
    }

    @Inject
    @Any
    Instance<HomeContribution> contributions;

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageBean language;

    @Inject
    FormatBean format;

    @Inject
    PlatformClock clock;

    private List<Card> cards;
    private List<Section> work;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public List<Card> getCards() {
        if (cards == null) {
            cards = !isSignedIn() ? List.of() : contributions.stream()
                    .flatMap(c -> c.homeItems().stream())
                    .sorted(Comparator.comparingInt(HomeItem::order))
                    .map(item -> new Card(RequestMessages.text(item.bundle(), item.textKey(), language.getLocale(), item.count()),
                            request.getContextPath() + item.path(), item.attention() && item.count() > 0))
                    .toList();
        }
        return cards;
    }

    /** The user's next work, by kind. */
    public List<Section> getWork() {
        if (work == null) {
            LocalDate today = clock.today();
            work = !isSignedIn() ? List.of() : contributions.stream()
                    .flatMap(c -> c.homeWork().stream())
                    .sorted(Comparator.comparingInt(HomeWork::order))
                    .map(w -> section(w, today))
                    .toList();
        }
        return work;
    }

    private Section section(HomeWork w, LocalDate today) {
        List<Line> lines = w.lines().stream()
                .map(l -> new Line(format.text(l.name()), href(l.path()), format.text(l.what()), format.date(l.due()),
                        l.due() != null && l.due().isBefore(today), today.equals(l.due())))
                .toList();
        boolean more = w.allPath() != null && w.count() > lines.size();
        String allText = more ? RequestMessages.text(nl.kennisveiligheid.platform.api.Messages.PLATFORM_BUNDLE, "home.work.all",
                language.getLocale(), w.count()) : null;
        return new Section("work-" + w.title().key().replaceAll("[^A-Za-z0-9]+", "-"), format.text(w.title()), w.count(), lines,
                more ? href(w.allPath()) : null, allText, format.text(w.empty()));
    }

    private String href(String path) {
        return request.getContextPath() + path;
    }
}
