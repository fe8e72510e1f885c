package nl.kennisveiligheid.platform.boundary.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotAuthorizedException;
import nl.kennisveiligheid.platform.api.Refusal;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on REST resources (CDI beans, which
 * the container does not check by itself). A resource without any of them is refused: every endpoint states
 * who may call it. A valid token without the role gets 403, recorded as {@code access.refused} on the endpoint
 * ({@code SignalAlertsResource.list}) through {@link Refusal#forbidden(String, Object)}.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class) || (!method.isAnnotationPresent(RolesAllowed.class)
                && !method.isAnnotationPresent(DenyAll.class) && type.isAnnotationPresent(PermitAll.class))) {
            return;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : method.isAnnotationPresent(DenyAll.class) ? null : type.getAnnotation(RolesAllowed.class);
        context.register(new Check(allowed == null ? new String[0] : allowed.value(), type.getSimpleName() + "." + method.getName()), Check.PRIORITY);
    }

    // before any other authorisation filter (Jersey's own @RolesAllowed filter has the same priority, and which of two
    // filters of one priority runs first is not fixed): a refusal is always ours, and so always audited
    @Priority(Check.PRIORITY)
    static final class Check implements ContainerRequestFilter {

        static final int PRIORITY = Priorities.AUTHORIZATION - 100;

        private final String[] roles;
        private final String endpoint;

        Check(String[] roles, String endpoint) {
            this.roles = roles;
            this.endpoint = endpoint;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getSecurityContext().getUserPrincipal() == null) {
                throw new NotAuthorizedException("Bearer");
            }
            if (Arrays.stream(roles).noneMatch(request.getSecurityContext()::isUserInRole)) {
                throw Refusal.forbidden(endpoint, null); // 403 and audited, as every refused role check
            }
        }
    }
}
