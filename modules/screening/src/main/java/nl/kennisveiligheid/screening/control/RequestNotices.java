package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.notification.Notifications;
import nl.kennisveiligheid.screening.entity.ScreeningRequest;

/**
 * What the institution (and the assessor) are told about a request, through the platform's notifications: the receipt
 * with the due date (Awb 4:3a), a supplement request with its term (Awb 4:5), the extension with the new date and
 * its reason (Awb 4:14); an answered supplement to the assessor. The request is named by its reference only: the
 * person's data stay on the page the link leads to.
 */
@ApplicationScoped
public class RequestNotices {

    private static final String BUNDLE = ScreeningModule.BUNDLE;

    @Inject
    Notifications notifications;

    void receipt(ScreeningRequest request) {
        toInstitution(request, "notice.receipt.subject", "notice.receipt.body", request.getReference(), request.getSubmittedOn(), request.getDueOn());
    }

    void supplementAsked(ScreeningRequest request, int number, java.time.LocalDate answerBy) {
        toInstitution(request, "notice.supplement.subject", "notice.supplement.body", request.getReference(), answerBy, request.getDueOn(), number);
    }

    void extended(ScreeningRequest request, String reason) {
        toInstitution(request, "notice.extension.subject", "notice.extension.body", request.getReference(), request.getDueOn(), reason);
    }

    void supplementAnswered(ScreeningRequest request, int number) {
        if (request.getAssignee() != null) {
            notifications.toUser(request.getAssignee(), Text.of(BUNDLE, "notice.answered.subject", request.getReference()),
                    Text.of(BUNDLE, "notice.answered.body", request.getReference(), number, request.getDueOn()), link(request), origin(request));
        }
    }

    private void toInstitution(ScreeningRequest request, String subjectKey, String bodyKey, Object... arguments) {
        notifications.toInstitution(request.getInstitutionId(), Text.of(BUNDLE, subjectKey, request.getReference()),
                Text.of(BUNDLE, bodyKey, arguments), link(request), origin(request));
    }

    private static String link(ScreeningRequest request) {
        return "/screening/request.xhtml?id=" + request.getId();
    }

    private static String origin(ScreeningRequest request) {
        return "screening-request:" + request.getId();
    }
}
