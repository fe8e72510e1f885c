package nl.kennisveiligheid.signals.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.signals.api.CountryIndicator;
import nl.kennisveiligheid.signals.api.CountrySignal;
import nl.kennisveiligheid.signals.api.IndicatorEditionView;
import nl.kennisveiligheid.signals.control.CountryIndicatorRegister;
import nl.kennisveiligheid.signals.control.SignalsModule;
import org.primefaces.event.FileUploadEvent;

/** The countries screen: each country's values on the indicators in force, and loading an indicator's new edition. */
@Named
@ViewScoped
public class CountriesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the screen: a country and its value on each indicator (null: none). */
    public record Row(String code, String name, CountrySignal threat, CountrySignal freedom, CountrySignal democracy) {

        /** The threat assessments' countries first, then countries with another signal, then the rest. */
        public int rank() {
            return threat != null ? 0 : anySignal() ? 1 : 2;
        }

        public boolean anySignal() {
            return (threat != null && threat.signal()) || (freedom != null && freedom.signal()) || (democracy != null && democracy.signal());
        }
    }

    @Inject
    transient CountryIndicatorRegister register;

    @Inject
    transient CurrentUser currentUser;

    private CountryIndicator indicator = CountryIndicator.ACADEMIC_FREEDOM;
    private String source;
    private List<Row> rows;
    private List<IndicatorEditionView> editions;

    public List<Row> getRows() {
        if (rows == null) {
            Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
            Map<String, List<CountrySignal>> countries = register.countries();
            rows = countries.entrySet().stream().map(e -> new Row(e.getKey(), new Locale("", e.getKey()).getDisplayCountry(locale),
                            find(e.getValue(), CountryIndicator.THREAT_ASSESSMENT), find(e.getValue(), CountryIndicator.ACADEMIC_FREEDOM),
                            find(e.getValue(), CountryIndicator.DEMOCRACY_INDEX)))
                    .sorted(java.util.Comparator.comparingInt(Row::rank).thenComparing(Row::name, java.text.Collator.getInstance(locale)))
                    .toList();
        }
        return rows;
    }

    public List<IndicatorEditionView> getEditions() {
        if (editions == null) {
            editions = register.editionsInForce();
        }
        return editions;
    }

    private static CountrySignal find(List<CountrySignal> values, CountryIndicator indicator) {
        return values.stream().filter(v -> v.indicator() == indicator).findFirst().orElse(null);
    }

    public boolean isListAdmin() {
        return currentUser.hasRole(Role.LIST_ADMIN);
    }

    public CountryIndicator[] getIndicators() {
        return CountryIndicator.values();
    }

    public void upload(FileUploadEvent event) {
        try {
            IndicatorEditionView loaded = register.load(indicator, event.getFile().getInputStream().readAllBytes(), event.getFile().getFileName(),
                    source, false);
            PageMessages.info(SignalsModule.BUNDLE, "countries.loaded", PageMessages.text(SignalsModule.BUNDLE, "indicator." + indicator,
                    jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()), loaded.countries(), loaded.signals(),
                    loaded.skipped());
            rows = null;
            editions = null;
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        } catch (IOException e) {
            PageMessages.error(null, SignalsModule.BUNDLE, "file.csvBroken");
        }
    }

    public CountryIndicator getIndicator() {
        return indicator;
    }

    public void setIndicator(CountryIndicator indicator) {
        this.indicator = indicator == null ? CountryIndicator.ACADEMIC_FREEDOM : indicator;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
