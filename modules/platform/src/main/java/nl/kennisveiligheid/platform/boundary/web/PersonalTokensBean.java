package nl.kennisveiligheid.platform.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.kennisveiligheid.platform.entity.ApiToken;

/** A person's own API tokens: each acts as them, with one of their roles; a new token is shown once. */
@Named
@ViewScoped
public class PersonalTokensBean extends TokensBean {

    private static final long serialVersionUID = 1L;

    @Override
    protected ApiToken.Kind kind() {
        return ApiToken.Kind.PERSONAL;
    }
}
