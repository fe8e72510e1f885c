package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import nl.kennisveiligheid.platform.api.HomeContribution;
import nl.kennisveiligheid.platform.api.HomeItem;
import nl.kennisveiligheid.platform.control.RequestMessages;

/** The home page's counts, from every module's {@link HomeContribution}, computed once per request. */
@Named("home")
@RequestScoped
public class HomeBean {

    /** One count as the home page shows it. */
    public record Card(String text, String href, boolean attention) {
    }

    @Inject
    @Any
    Instance<HomeContribution> contributions;

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageBean language;

    private List<Card> cards;

    public List<Card> getCards() {
        if (cards == null) {
            cards = request.getUserPrincipal() == null ? List.of() : contributions.stream()
                    .flatMap(c -> c.homeItems().stream())
                    .sorted(Comparator.comparingInt(HomeItem::order))
                    .map(item -> new Card(RequestMessages.text(item.bundle(), item.textKey(), language.getLocale(), item.count()),
                            request.getContextPath() + item.path(), item.attention() && item.count() > 0))
                    .toList();
        }
        return cards;
    }
}
