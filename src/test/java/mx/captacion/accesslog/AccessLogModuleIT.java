package mx.captacion.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.accesslog.internal.SearchingAccessLog;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.Cutoffs;
import mx.captacion.records.ReadingRecords;

/**
 * The bitácora alone: a view written by {@link AccessLog} in a signed-in request is found by
 * {@link SearchingAccessLog}, whose search is itself an entry; a bad filter is refused with its code.
 * The modules that write views (records, helpdesk) are not started.
 */
@ModuleIntegrationTest
class AccessLogModuleIT {

    private static final String VIEWER = "bitacora.modulo.it";

    @Autowired
    AccessLog accessLog;
    @Autowired
    SearchingAccessLog searching;
    @Autowired
    ApplicationContext context;

    @Test
    @WithMockUser(username = VIEWER, roles = "MATO")
    void aViewIsFoundInTheLogAndTheSearchIsLoggedToo() {
        String subject = "Búsqueda del módulo " + UUID.randomUUID();
        String today = LocalDate.now(Cutoffs.ZONE).toString();
        SearchingAccessLog.Query mine = new SearchingAccessLog.Query(VIEWER, null, null, today, today);

        accessLog.viewed(Viewed.NAME_SEARCH, subject);

        SearchingAccessLog.Page first = searching.search(mine, 0);
        assertThat(first.entries()).first().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo(subject);
            assertThat(entry.kind()).isEqualTo("NAME_SEARCH");
            assertThat(entry.kindLabel()).isEqualTo(Viewed.NAME_SEARCH.label());
            assertThat(entry.userId()).isEqualTo(VIEWER);
            assertThat(entry.roles()).contains("MATO");
            assertThat(entry.recordId()).isNull();
        });
        // the search is in the log after its own answer: the next search finds it first
        SearchingAccessLog.Page second = searching.search(mine, 0);
        assertThat(second.total()).isEqualTo(first.total() + 1);
        assertThat(second.entries()).first().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("ACCESS_LOG_SEARCH");
            assertThat(entry.subject()).isEqualTo("usuario=" + VIEWER + "; desde=" + today + "; hasta=" + today);
        });
    }

    @Test
    @WithMockUser(username = VIEWER, roles = "MATO")
    void aFilterThatIsNotADateIsRefusedWithItsCode() {
        assertThatThrownBy(() -> searching.search(new SearchingAccessLog.Query(null, null, null, "ayer", null), 0))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("FECHA_INVALIDA");
                    assertThat(problem.httpStatus()).isEqualTo(400);
                    assertThat(problem.getMessage()).isEqualTo("Escriba las fechas como AAAA-MM-DD.");
                });
        assertThatThrownBy(() -> searching.search(new SearchingAccessLog.Query(null, "no-es-uuid", null, null, null), 0))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo("REGISTRO_INVALIDO"));
    }

    @Test
    void theModulesThatWriteViewsAreNotStarted() {
        assertThat(context.getBeanNamesForType(ReadingRecords.class)).isEmpty();
        assertThat(context.getBeanNamesForType(OpeningTicket.class)).isEmpty();
    }
}
