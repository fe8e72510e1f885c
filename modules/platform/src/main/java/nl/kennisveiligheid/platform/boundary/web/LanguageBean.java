package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.kennisveiligheid.platform.control.Languages;

/** The page language ({@code #{language.locale}}) and the language switch of the shared layout. */
@Named("language")
@RequestScoped
public class LanguageBean {

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return Languages.forPage(request);
    }

    /** ISO code of the page language, for the {@code lang} attribute of the page. */
    public String getCode() {
        return getLocale().getLanguage();
    }

    /** The language the switch offers: the other one. */
    public Locale getOther() {
        return getLocale().getLanguage().equals("nl") ? Languages.ENGLISH : Languages.DUTCH;
    }

    /** Link that switches to the other language on the page the user is on. */
    public String getSwitchUrl() {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        Object error = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = error != null ? error.toString() : forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = error != null || forwarded != null ? null : request.getQueryString();
        String kept = PlatformRequestFilter.withoutLang(query);
        return uri + (kept.isEmpty() ? "?" : kept + "&") + "lang=" + getOther().getLanguage();
    }
}
