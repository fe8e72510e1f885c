package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every field problem of the page at once, each named by its field's label and linked to the field
 * ({@code WEB-INF/platform/problems.xhtml}, placed in a form beside its page messages): so that a person who submits an
 * incomplete form sees all that is missing together, not only the fields in view.
 */
@Named("problems")
@RequestScoped
public class ProblemsBean {

    /** One field's problem: its label (or {@code null} when the field has none), the message, and the field's client id. */
    public record FieldProblem(String label, String message, String clientId) {
    }

    private List<FieldProblem> fields;

    public List<FieldProblem> getFields() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // the problems are known once the response renders (before it, "rendered" is asked while they are being found)
        if (faces.getCurrentPhaseId() != jakarta.faces.event.PhaseId.RENDER_RESPONSE) {
            return collect(faces);
        }
        if (fields == null) {
            fields = collect(faces);
        }
        return fields;
    }

    private static List<FieldProblem> collect(FacesContext faces) {
        List<FieldProblem> found = new ArrayList<>();
        Map<String, String> labels = null;
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            Iterator<FacesMessage> messages = faces.getMessages(clientId);
            if (!messages.hasNext()) {
                continue;
            }
            FacesMessage first = messages.next();
            if (first.getSeverity() != FacesMessage.SEVERITY_ERROR && first.getSeverity() != FacesMessage.SEVERITY_FATAL) {
                continue;
            }
            if (labels == null) {
                labels = new HashMap<>();
                labelsOf(faces, faces.getViewRoot(), labels);
            }
            found.add(new FieldProblem(labels.get(clientId), first.getSummary(), faces.getViewRoot().findComponent(":" + clientId) == null ? null : clientId));
        }
        return found;
    }

    /** Every label of the view, by the client id of the field it is for. */
    private static void labelsOf(FacesContext faces, UIComponent component, Map<String, String> labels) {
        if (component instanceof HtmlOutputLabel label && label.getFor() != null) {
            UIComponent target = label.findComponent(label.getFor());
            Object text = label.getValue();
            if (target != null && text != null) {
                labels.put(target.getClientId(faces), String.valueOf(text).replaceAll("\\s*\\*$", "").strip());
            }
        }
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext(); ) {
            labelsOf(faces, children.next(), labels);
        }
    }
}
