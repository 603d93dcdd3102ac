package mx.captacion.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import mx.captacion.records.CaptureChannel;
import mx.captacion.records.InconsistencyType;
import mx.captacion.records.RecordStatus;
import mx.captacion.records.RecordSubmission;
import mx.captacion.roll.RegistralStatus;

/**
 * Every move of a record announces itself: the {@link RecordStatusChanged} it registers says what the
 * history row must say (the record as it now is) at the instant the use case gave it. A move that
 * forgot to announce itself would leave the reports silently wrong.
 */
class CitizenRecordTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T16:00:00Z");
    private static final Instant AT = Instant.parse("2026-03-03T10:15:30Z");

    /** The moves this test walks; a new way to change a record's status must join them. */
    private static final Set<String> MOVES = Set.of("sendToControlDesk", "markDuplicate", "markForCompulsa",
            "markForCompulsaUnsampled", "markInconsistent", "restoreAfterHearing", "compulsaAnswered",
            "supersededByLaterAffiliation");

    @Test
    void aReceivedRecordAnnouncesItsFirstStatusAtItsReception() {
        CitizenRecord record = received();
        assertThat(record.statusChanges()).singleElement().satisfies(change -> {
            assertThat(change.recordId()).isEqualTo(record.getId());
            assertThat(change.status()).isEqualTo(RecordStatus.EN_PROCESAMIENTO);
            assertThat(change.actorId()).isEqualTo(2L);
            assertThat(change.auxiliarKey()).isEqualTo(3L);
            assertThat(change.entidad()).isEqualTo(9);
            assertThat(change.at()).isEqualTo(RECEIVED);
        });
    }

    @Test
    void publishedChangesAreNotPublishedAgain() {
        CitizenRecord record = received();
        record.statusChangesPublished();
        assertThat(record.statusChanges()).isEmpty();
    }

    @Test
    void toTheControlDesk() {
        announces(r -> { }, r -> r.sendToControlDesk(AT), RecordStatus.EN_MESA_DE_CONTROL);
    }

    @Test
    void duplicate() {
        announces(r -> { }, r -> r.markDuplicate("ya cuenta", AT), RecordStatus.DUPLICADO);
    }

    @Test
    void forTheCompulsaByAReviewer() {
        announces(r -> r.sendToControlDesk(RECEIVED), r -> r.markForCompulsa("revisora", AT), RecordStatus.PARA_COMPULSA);
    }

    @Test
    void forTheCompulsaOutOfTheSample() {
        announces(r -> { }, r -> r.markForCompulsaUnsampled("fuera de muestra", AT), RecordStatus.PARA_COMPULSA);
    }

    @Test
    void inconsistentWithItsType() {
        RecordStatusChanged change = announces(r -> r.sendToControlDesk(RECEIVED),
                r -> r.markInconsistent(InconsistencyType.FIRMA_NO_VALIDA, null, "revisora", AT),
                RecordStatus.CON_INCONSISTENCIA);
        assertThat(change.inconsistencyType()).isEqualTo(InconsistencyType.FIRMA_NO_VALIDA);
    }

    @Test
    void answeredByTheCompulsaWithTheRollsAnswer() {
        RecordStatusChanged change = announces(r -> r.markForCompulsaUnsampled("nota", RECEIVED),
                r -> r.compulsaAnswered(RegistralStatus.NO_ENCONTRADO, AT), RecordStatus.NO_VALIDO);
        assertThat(change.registralStatus()).isEqualTo(RegistralStatus.NO_ENCONTRADO);
    }

    @Test
    void supersededByALaterAffiliation() {
        RecordStatusChanged change = announces(r -> {
            r.markForCompulsaUnsampled("nota", RECEIVED);
            r.compulsaAnswered(RegistralStatus.EN_LISTA_NOMINAL, RECEIVED);
        }, r -> r.supersededByLaterAffiliation(AT), RecordStatus.NO_VALIDO);
        assertThat(change.registralStatus()).isEqualTo(RegistralStatus.AFILIADO_A_OTRO_ACTOR);
    }

    @Test
    void restoredAfterAHearing() {
        announces(r -> {
            r.markForCompulsaUnsampled("nota", RECEIVED);
            r.compulsaAnswered(RegistralStatus.NO_ENCONTRADO, RECEIVED);
        }, r -> r.restoreAfterHearing("revisora", AT, null, false), RecordStatus.VALIDO);
    }

    /** Its status stays NO_VALIDO, but its registral status — a column of its history — changed. */
    @Test
    void restoredButOutweighedStillAnnouncesItsNewRegistralStatus() {
        RecordStatusChanged change = announces(r -> {
            r.markForCompulsaUnsampled("nota", RECEIVED);
            r.compulsaAnswered(RegistralStatus.NO_ENCONTRADO, RECEIVED);
        }, r -> r.restoreAfterHearing("revisora", AT, null, true), RecordStatus.NO_VALIDO);
        assertThat(change.registralStatus()).isEqualTo(RegistralStatus.AFILIADO_A_OTRO_ACTOR);
    }

    @Test
    void restoredAsADuplicate() {
        announces(r -> r.markInconsistent(InconsistencyType.OTRA, "nota", null, RECEIVED),
                r -> r.restoreAfterHearing("revisora", AT, UUID.randomUUID(), false), RecordStatus.DUPLICADO);
    }

    /** Every method that moves a record takes the instant its history needs: all of them are walked above. */
    @Test
    void everyMoveIsWalked() {
        Set<String> taking = Arrays.stream(CitizenRecord.class.getDeclaredMethods())
                .filter(m -> !Modifier.isPrivate(m.getModifiers()) && m.getReturnType() == void.class)
                .filter(m -> Arrays.asList(m.getParameterTypes()).contains(Instant.class))
                .map(Method::getName).collect(Collectors.toSet());
        assertThat(taking).isEqualTo(MOVES);
    }

    /** Walks the record to where the move starts, then checks the one change the move announced. */
    private static RecordStatusChanged announces(Consumer<CitizenRecord> before, Consumer<CitizenRecord> move,
                                                 RecordStatus expected) {
        CitizenRecord record = received();
        before.accept(record);
        record.statusChangesPublished();
        move.accept(record);
        assertThat(record.getStatus()).isEqualTo(expected);
        assertThat(record.statusChanges()).singleElement().satisfies(change -> {
            assertThat(change.recordId()).isEqualTo(record.getId());
            assertThat(change.status()).isEqualTo(expected);
            assertThat(change.inconsistencyType()).isEqualTo(record.getInconsistencyType());
            assertThat(change.registralStatus()).isEqualTo(record.getRegistralStatus().orElse(null));
            assertThat(change.at()).isEqualTo(AT);
        });
        return record.statusChanges().get(0);
    }

    private static CitizenRecord received() {
        RecordSubmission.Citizen citizen = new RecordSubmission.Citizen("PRLPJN85031209H123", "PELJ850312HDFRPN05",
                "JUAN", "PEREZ", "LOPEZ", LocalDate.of(1985, 3, 12), "H", 9, 1234, 2031);
        return new CitizenRecord(UUID.randomUUID(), 1L, 2L, 3L, CaptureChannel.AUXILIAR, RECEIVED.minusSeconds(60),
                RECEIVED, new RecordSubmission.Location(19.43, -99.13), citizen, Map.of());
    }
}
