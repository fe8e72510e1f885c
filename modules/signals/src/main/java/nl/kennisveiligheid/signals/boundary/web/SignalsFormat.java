package nl.kennisveiligheid.signals.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;

/** Scores, similarities and weights as the pages show them: two decimals in the page's language. */
@Named
@ApplicationScoped
public class SignalsFormat {

    /** A score, similarity or weight with two decimals in the page's language. */
    public String decimal(Double value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** An adjustment with its sign (+0,06, -0,15, 0,00). */
    public String signed(Double value) {
        return value == null ? "" : (value > 0 ? "+" : "") + decimal(value);
    }
}
