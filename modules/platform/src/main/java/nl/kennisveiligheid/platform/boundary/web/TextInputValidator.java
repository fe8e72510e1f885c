package nl.kennisveiligheid.platform.boundary.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.validation.TextRules;

/**
 * Every text input of every screen, before its value reaches a bean: the characters {@link TextRules} allows (tab
 * and line breaks only in a text area) and no more than the input's own {@code maxlength}, which a browser enforces
 * but a crafted post does not. A default validator, so a new screen needs nothing to have it; its message stands at
 * the input, in the user's language, and the form keeps what was typed.
 */
@FacesValidator(value = "platform.TextInput", isDefault = true)
public class TextInputValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof CharSequence text) || text.length() == 0) {
            return;
        }
        int max = maxLength(component);
        TextRules.problem(text, max, multiLine(component)).ifPresent(key -> {
            String summary = PageMessages.text(Messages.PLATFORM_BUNDLE, key, context.getViewRoot().getLocale(), max);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
        });
    }

    private static boolean multiLine(UIComponent component) {
        return component instanceof HtmlInputTextarea || String.valueOf(component.getRendererType()).contains("Textarea")
                || String.valueOf(component.getFamily()).contains("Textarea");
    }

    private static int maxLength(UIComponent component) {
        Object max = component.getAttributes().get("maxlength");
        if (max instanceof Number number && number.intValue() > 0) {
            return number.intValue();
        }
        if (max instanceof String digits && digits.matches("\\d{1,6}") && Integer.parseInt(digits) > 0) {
            return Integer.parseInt(digits);
        }
        return -1;
    }
}
