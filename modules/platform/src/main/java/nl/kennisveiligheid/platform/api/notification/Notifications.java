package nl.kennisveiligheid.platform.api.notification;

import nl.kennisveiligheid.platform.api.Text;

/**
 * Tells people what happened: every module's mail and in-app notifications go through here (receipts, supplement
 * requests, extensions; later decisions, letters, alerts). Called in the transaction that caused the message: what
 * it records commits or rolls back with it, and mail is sent only after the commit (an outbox, retried on failure,
 * held for the system administrator when no SMTP server is configured). Texts are put into words in the recipient's
 * language. Never put a person's data in a message: name the request by its reference and link to it.
 */
public interface Notifications {

    /**
     * A message to an institution: mailed to its contact address (or, without one, to its officers) in the
     * institution's language, and listed in-app for its staff.
     *
     * @param link   the page it is about, from the application root ({@code /screening/request.xhtml?id=7}), or {@code null}
     * @param origin what it is about, for the outbox ({@code screening-request:7})
     */
    void toInstitution(long institutionId, Text subject, Text body, String link, String origin);

    /** An in-app message to one user (by login name), in the product's default language. */
    void toUser(String login, Text subject, Text body, String link, String origin);

    /** An in-app message to every active user with {@code role} (e.g. the authority's assessors), in the default language. */
    void toRole(nl.kennisveiligheid.platform.api.Role role, Text subject, Text body, String link, String origin);

    /**
     * Mails someone without an account (e.g. the person a decision is about, Awb 3:41) at {@code address}, in Dutch,
     * through the outbox after commit. No link: they cannot log in. Name the object by reference; no other personal data.
     */
    void toAddress(String address, Text subject, Text body, String origin);
}
