package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import nl.kennisveiligheid.platform.api.RequestMemo;

/** Before a page renders, forgets what getters remembered earlier in the request: the actions may have changed it. */
public class RequestMemoPhaseListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        CDI.current().select(RequestMemo.class).get().forgetAll();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
