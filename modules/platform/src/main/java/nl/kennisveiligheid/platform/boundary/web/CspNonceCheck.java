package nl.kennisveiligheid.platform.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.CorrelationId;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Checks a post's CSP nonce (PrimeFaces CSP mode) as soon as the view is restored, before any action runs. PrimeFaces
 * itself checks it only when it renders the answer, so an action that redirects (a step on a page that goes back to
 * it) ran before the check. A post without the page's nonce is stale or forged: the "page expired, reload" page, as
 * {@code CorrelatedExceptionHandlerFactory} answers the ones PrimeFaces finds.
 */
public class CspNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CspNonceCheck.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getResponseComplete() || !PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(faces).getNonce(); // validates the posted nonce on a postback
        } catch (CspException stale) {
            String view = faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId();
            LOG.info(() -> CorrelationId.tag("Post without the page's CSP nonce on " + view + ": answered as expired before any action"));
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/error/expired.xhtml");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
