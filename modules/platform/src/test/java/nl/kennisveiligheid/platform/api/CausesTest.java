package nl.kennisveiligheid.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void walksTheChainOutermostFirstAndFindsATypeInIt() {
        Refusal refusal = Refusal.forbidden("Test", null);
        IllegalStateException wrapped = new IllegalStateException("EL", new RuntimeException("CDI", refusal));
        assertEquals(3, Causes.of(wrapped).size());
        assertSame(refusal, Causes.find(wrapped, Refusal.class).orElseThrow());
        assertTrue(Causes.find(wrapped, UncheckedIOException.class).isEmpty());
        assertEquals(List.of(), Causes.of(null));
    }

    @Test
    void aCycleEndsTheChain() {
        RuntimeException outer = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", outer);
        outer.initCause(inner);
        assertEquals(List.of(outer, inner), Causes.of(outer));
    }
}
