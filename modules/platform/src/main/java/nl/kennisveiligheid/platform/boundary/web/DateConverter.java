package nl.kennisveiligheid.platform.boundary.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.TypedDates;

/**
 * Every date field of the pages ({@code <f:converter converterId="platform.date"/>}): reads a day as people type it
 * ({@link TypedDates}), shows it as {@code 12-04-1996}, and says the same thing about every date it cannot read.
 */
@FacesConverter("platform.date")
public class DateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedDates.parse(value).orElseThrow(() -> {
            String message = PageMessages.text(Messages.PLATFORM_BUNDLE, "problem.field.date.typed", context.getViewRoot().getLocale());
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : TypedDates.SHOWN.format(value);
    }
}
