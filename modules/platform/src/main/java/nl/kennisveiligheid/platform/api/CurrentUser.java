package nl.kennisveiligheid.platform.api;

import java.util.Optional;
import java.util.Set;

/**
 * Who is making the current request: a person logged in on a page, or a system with an API token. Every
 * query of institution data is scoped with {@link #institutionId()}: institution users and tokens belong
 * to exactly one institution; authority users and tokens to none.
 */
public interface CurrentUser {

    boolean isAuthenticated();

    /**
     * The acting person's login name (signed in on a page, or with a personal API token), or for a system token its
     * name prefixed with {@code token:}.
     */
    String name();

    /**
     * The person who acts: their login name, whether they signed in on a page or call with one of their personal API
     * tokens; empty for a system token (and an anonymous caller). Rules that compare people (four eyes) compare this.
     */
    Optional<String> person();

    /** The name to show (a person's display name, or the token's name). */
    String displayName();

    Set<Role> roles();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** The institution the caller belongs to; empty for authority roles and anonymous callers. */
    Optional<Long> institutionId();

    /** Whether the caller acts for the screening authority (or administers the system). */
    default boolean isAuthority() {
        return isAuthenticated() && institutionId().isEmpty();
    }
}
