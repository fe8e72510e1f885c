package nl.kennisveiligheid.platform.boundary.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Actions of the test-support page that fail on purpose, to test the error handling of Faces and AJAX. */
@Named
@RequestScoped
public class TestSupportBean {

    private String text;

    public void fail() {
        throw new IllegalStateException("Failure triggered by test support");
    }

    public String submit() {
        return null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
