package nl.kennisveiligheid.platform.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The groups of roles that pages, endpoints, services and menus allow together, each named once here. A caller
 * with any role of a group is in that group: the login gives the group's name as an extra security role, so
 * {@code @RolesAllowed(RoleGroup.Names.INSTITUTION_STAFF)} and a {@code <role-name>INSTITUTION_STAFF</role-name>}
 * in a web fragment mean exactly the roles listed here, and a service asks {@link #includes(CurrentUser)}.
 */
public enum RoleGroup {

    /** The institution's own staff: its knowledge-security officers and administrators. */
    INSTITUTION_STAFF(Names.INSTITUTION_STAFF, Role.INSTITUTION_OFFICER, Role.INSTITUTION_ADMIN),

    /** The screening authority's staff who handle cases: assessors and deciders. */
    AUTHORITY_STAFF(Names.AUTHORITY_STAFF, Role.AUTHORITY_ASSESSOR, Role.AUTHORITY_DECIDER);

    /** The groups' names as constants, for annotations ({@code @RolesAllowed}); each equals its group's {@link #name()}. */
    public static final class Names {
        public static final String INSTITUTION_STAFF = "INSTITUTION_STAFF";
        public static final String AUTHORITY_STAFF = "AUTHORITY_STAFF";

        private Names() {
        }
    }

    private final String securityRole;
    private final Set<Role> roles;

    RoleGroup(String securityRole, Role first, Role... more) {
        this.securityRole = securityRole;
        this.roles = Set.copyOf(EnumSet.of(first, more));
    }

    /** The roles of the group. */
    public Set<Role> roles() {
        return roles;
    }

    /** The security role name the login gives every member of the group. */
    public String securityRole() {
        return securityRole;
    }

    /** Whether the caller has a role of the group. */
    public boolean includes(CurrentUser user) {
        return user.isAuthenticated() && roles.stream().anyMatch(user::hasRole);
    }

    /**
     * Refuses (403) a caller without a role of the group, recorded in the audit trail ({@code access.refused} on
     * {@code objectType}, through {@link Refusal#forbidden(String, Object)}).
     */
    public void require(CurrentUser user, String objectType) {
        if (!includes(user)) {
            throw Refusal.forbidden(objectType, null);
        }
    }

    /** The security role names for a caller with {@code userRoles}: the roles themselves and the groups they make up. */
    public static Set<String> securityRoles(Set<Role> userRoles) {
        Set<String> names = userRoles.stream().map(Role::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        Arrays.stream(values()).filter(g -> g.roles.stream().anyMatch(userRoles::contains)).forEach(g -> names.add(g.securityRole));
        return Set.copyOf(names);
    }
}
