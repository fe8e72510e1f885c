package nl.kennisveiligheid.platform.control.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a JWT an OpenID provider issued (an ID token or an OAuth 2 access token, ADR 0027): signed with one of the
 * provider's keys by an allowed algorithm (RS256, PS256, ES256; never an unsigned token or an HMAC made with a public
 * key), by the expected issuer, for the expected audience, not expired and not before its time (with a small skew),
 * with a subject. One instance per provider and audience; thread-safe.
 */
public final class TokenCheck {

    /** The algorithms a provider's token may be signed with. */
    public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    /**
     * What a token must say.
     *
     * @param issuer   the provider's issuer, exactly as its discovery document gives it
     * @param audience this product's client id at the provider (or the audience a provider puts in access tokens)
     * @param skew     how far clocks may differ
     */
    public record Expected(String issuer, String audience, Duration skew) {

        public Expected {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(audience, "audience");
            skew = skew == null ? Duration.ofSeconds(60) : skew;
        }
    }

    /** A token that is not accepted, with the reason (for the log and the audit trail; never shown to the caller). */
    public static final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;

        Rejected(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public TokenCheck(JWKSource<SecurityContext> keys, Expected expected) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(expected.audience(),
                new JWTClaimsSet.Builder().issuer(expected.issuer()).build(), Set.of("sub", "exp", "iat"));
        claims.setMaxClockSkew((int) expected.skew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** A provider's keys from its JWKS address: cached, fetched again when a token names a key not seen yet. */
    public static JWKSource<SecurityContext> keysAt(URL jwksUri) {
        return JWKSourceBuilder.create(jwksUri).retrying(true).build();
    }

    /** The token's claims, if it is accepted. */
    public JWTClaimsSet check(String token) throws Rejected {
        if (token == null || token.isBlank() || token.length() > 16_384) {
            throw new Rejected("no token, or one too long", null);
        }
        try {
            return processor.process(token.strip(), null);
        } catch (ParseException e) {
            throw new Rejected("not a JWT: " + e.getMessage(), e);
        } catch (BadJOSEException | JOSEException e) {
            throw new Rejected(e.getMessage(), e);
        }
    }
}
