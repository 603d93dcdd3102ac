package mx.captacion.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import mx.captacion.platform.TestMessages;
import mx.captacion.platform.PublicUrl;
import mx.captacion.records.CitizenRecord;
import mx.captacion.records.CitizenRecords;
import mx.captacion.records.RecordStatus;

/**
 * The hearing review's {@code ficha} built from the bundle's templates reads byte for byte as the one
 * built in Java did: {@code hearings/hearing-fichas.md} is that older output for the same (synthetic)
 * contests, with Markdown escapes (and MessageFormat's own characters in the values), both judgements,
 * a multi-line argument, and the double-affiliation warning when another actor's record of the citizen
 * was captured later.
 */
class HearingFichaTest {

    private static final Long PROCESS = 1L;
    private static final Long ACTOR = 2L;

    private final CitizenRecords records = mock(CitizenRecords.class);
    private final HearingTaskListener listener = new HearingTaskListener(null, records, null, mock(PublicUrl.class),
            TestMessages.bundle());

    @Test
    void fichaReadsAsItDidWhenJavaWroteIt() {
        CitizenRecord outweighed = record("PRLPJN85031209H123", "Juan_* Pérez|López");
        CitizenRecord later = mock(CitizenRecord.class);
        when(later.isLaterCaptureThan(outweighed)).thenReturn(true);
        when(records.validOfOtherActors(PROCESS, "PRLPJN85031209H123", ACTOR)).thenReturn(List.of(later));
        CitizenRecord alone = record("ABCDEF01020304M100", "Ana O'Neil {0} #1");
        when(records.validOfOtherActors(PROCESS, "ABCDEF01020304M100", ACTOR)).thenReturn(List.of());

        HearingContest noValido = new HearingContest(3L, outweighed.getId(), ACTOR, RecordStatus.NO_VALIDO,
                "Afiliado a otro actor político", "El ciudadano *sí* se afilió [con nosotros].\nAnexo la carta_1.",
                "rep.prueba-1", Instant.parse("2026-12-10T17:30:00Z"));
        HearingContest conInconsistencia = new HearingContest(3L, alone.getId(), ACTOR, RecordStatus.CON_INCONSISTENCIA,
                "La sección {0} no existe | revisar", "Es la sección 1234, vigente desde 2024.",
                "rep_prueba#2", Instant.parse("2026-02-01T05:59:00Z"));

        String fichas = ficha(noValido, outweighed) + "=====\n" + ficha(conInconsistencia, alone);

        assertThat(fichas).isEqualTo(TestMessages.resource("/hearings/hearing-fichas.md"));
    }

    private String ficha(HearingContest contest, CitizenRecord record) {
        Map<String, Object> data = listener.formData(contest, record);
        return (String) data.get(HearingTaskListener.VAR_FICHA);
    }

    /** A record as the listener reads it (its constructor is the records module's own). */
    private static CitizenRecord record(String claveElector, String fullName) {
        CitizenRecord record = mock(CitizenRecord.class);
        when(record.getId()).thenReturn(UUID.randomUUID());
        when(record.getProcessId()).thenReturn(PROCESS);
        when(record.getActorId()).thenReturn(ACTOR);
        when(record.getClaveElector()).thenReturn(claveElector);
        when(record.fullName()).thenReturn(fullName);
        return record;
    }
}
