package nl.kennisveiligheid.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import nl.kennisveiligheid.platform.control.identity.oidc.TokenCheck;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the running server, the token check works with the nimbus-jose-jwt the Payara runtime carries (the product does not
 * bundle it: the runtime's copy would be loaded first anyway, ADR 0027); a Payara upgrade that drops or changes it fails here.
 */
@ExtendWith(ArquillianExtension.class)
class TokenCheckIT {

    @Test
    void theRuntimeCarriesTheTokenLibraryTheProductIsBuiltAgainst() throws Exception {
        Package jose = com.nimbusds.jose.JWSObject.class.getPackage();
        assertTrue(String.valueOf(jose.getImplementationVersion()).startsWith("10."), "nimbus-jose-jwt 10.x from the runtime: "
                + jose.getImplementationVersion() + " at " + com.nimbusds.jose.JWSObject.class.getProtectionDomain().getCodeSource());

        RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
        TokenCheck check = new TokenCheck(new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())),
                new TokenCheck.Expected("https://idp.example/realms/federation", "screening", Duration.ofSeconds(60)));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").build(), new JWTClaimsSet.Builder()
                .issuer("https://idp.example/realms/federation").audience("screening").subject("s").issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(60))).build());
        jwt.sign(new RSASSASigner(key));
        assertEquals("s", check.check(jwt.serialize()).getSubject());
        assertThrows(TokenCheck.Rejected.class, () -> check.check(jwt.serialize().replaceFirst("\\.[^.]+$", ".AAAA")));
    }
}
