package nl.kennisveiligheid.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoutingDataSourceTest {

    @Test
    void anH2UrlWritesEachCommitBeforeItIsAcknowledged() {
        assertEquals("jdbc:h2:file:./data/screening;MODE=PostgreSQL;WRITE_DELAY=0",
                RoutingDataSource.durableH2("jdbc:h2:file:./data/screening;MODE=PostgreSQL"));
    }

    @Test
    void anotherWriteDelayInTheUrlIsReplaced() {
        assertEquals("jdbc:h2:file:./x;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
                RoutingDataSource.durableH2("jdbc:h2:file:./x;MODE=PostgreSQL;write_delay=2000;DATABASE_TO_LOWER=TRUE"));
    }
}
