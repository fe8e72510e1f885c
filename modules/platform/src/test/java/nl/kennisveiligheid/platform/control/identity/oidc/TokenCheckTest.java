package nl.kennisveiligheid.platform.control.identity.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A provider's token is accepted only as the provider signed it, for this product, in its time (ADR 0027). */
class TokenCheckTest {

    private static final String ISSUER = "http://localhost:8180/realms/federation";
    private static RSAKey providerKey;
    private static RSAKey otherKey;
    private static TokenCheck check;

    @BeforeAll
    static void provider() throws Exception {
        providerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("provider").generate();
        check = new TokenCheck(new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())),
                new TokenCheck.Expected(ISSUER, "screening", Duration.ofSeconds(60)));
    }

    private static JWTClaimsSet.Builder claims(Instant expires) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience("screening").subject("badge-system").issueTime(new Date())
                .expirationTime(Date.from(expires)).claim("azp", "demo-uni-badge-system").claim("schac_home_organization", "demo-universiteit.nl");
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aTokenTheProviderSignedForThisProductIsAccepted() throws Exception {
        JWTClaimsSet accepted = check.check(signed(providerKey, claims(Instant.now().plusSeconds(300)).build()));
        assertEquals("demo-universiteit.nl", accepted.getStringClaim("schac_home_organization"));
    }

    @Test
    void anExpiredTokenIsRejected() throws Exception {
        String expired = signed(providerKey, claims(Instant.now().minusSeconds(120)).build());
        assertThrows(TokenCheck.Rejected.class, () -> check.check(expired));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        String forged = signed(otherKey, claims(Instant.now().plusSeconds(300)).build());
        assertThrows(TokenCheck.Rejected.class, () -> check.check(forged));
    }

    @Test
    void aTokenForAnotherAudienceOrFromAnotherIssuerIsRejected() throws Exception {
        String otherAudience = signed(providerKey, claims(Instant.now().plusSeconds(300)).audience("another-client").build());
        String otherIssuer = signed(providerKey, claims(Instant.now().plusSeconds(300)).issuer("http://localhost:8180/realms/other").build());
        assertThrows(TokenCheck.Rejected.class, () -> check.check(otherAudience));
        assertThrows(TokenCheck.Rejected.class, () -> check.check(otherIssuer));
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String none = new PlainJWT(claims(Instant.now().plusSeconds(300)).build()).serialize();
        assertThrows(TokenCheck.Rejected.class, () -> check.check(none));
    }

    @Test
    void anHmacMadeWithThePublicKeyIsRejected() throws Exception {
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("provider").build(),
                claims(Instant.now().plusSeconds(300)).build());
        byte[] secret = providerKey.toPublicJWK().toRSAPublicKey().getEncoded();
        confused.sign(new MACSigner(secret.length >= 32 ? secret : java.util.Arrays.copyOf(secret, 32)));
        assertThrows(TokenCheck.Rejected.class, () -> check.check(confused.serialize()));
    }

    @Test
    void garbageIsRejected() {
        for (String garbage : new String[] {"", "abc", "a.b.c", "eyJhbGciOiJub25lIn0..", "x".repeat(20_000)}) {
            assertThrows(TokenCheck.Rejected.class, () -> check.check(garbage), garbage.length() > 20 ? "a long token" : garbage);
        }
    }
}
