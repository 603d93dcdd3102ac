package mx.captacion.hearings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import mx.captacion.platform.PublicUrl;
import mx.captacion.platform.TestMessages;
import mx.captacion.records.CitizenRecordView;
import mx.captacion.records.ReadingRecords;
import mx.captacion.records.RecordId;
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

    private final ReadingRecords records = mock(ReadingRecords.class);
    private final HearingTaskListener listener = new HearingTaskListener(null, records, null, mock(PublicUrl.class),
            TestMessages.bundle());

    @Test
    void fichaReadsAsItDidWhenJavaWroteIt() {
        CitizenRecordView outweighed = record("PRLPJN85031209H123", "Juan_* Pérez|López");
        when(records.outweighedByAnotherActor(outweighed.id())).thenReturn(true);
        CitizenRecordView alone = record("ABCDEF01020304M100", "Ana O'Neil {0} #1");
        when(records.outweighedByAnotherActor(alone.id())).thenReturn(false);

        HearingContest noValido = new HearingContest(3L, outweighed.id().value(), ACTOR, RecordStatus.NO_VALIDO,
                "Afiliado a otro actor político", "El ciudadano *sí* se afilió [con nosotros].\nAnexo la carta_1.",
                "rep.prueba-1", Instant.parse("2026-12-10T17:30:00Z"));
        HearingContest conInconsistencia = new HearingContest(3L, alone.id().value(), ACTOR, RecordStatus.CON_INCONSISTENCIA,
                "La sección {0} no existe | revisar", "Es la sección 1234, vigente desde 2024.",
                "rep_prueba#2", Instant.parse("2026-02-01T05:59:00Z"));

        String fichas = ficha(noValido, outweighed) + "=====\n" + ficha(conInconsistencia, alone);

        assertThat(fichas).isEqualTo(TestMessages.resource("/hearings/hearing-fichas.md"));
    }

    private String ficha(HearingContest contest, CitizenRecordView record) {
        Map<String, Object> data = listener.formData(contest, record);
        return (String) data.get(HearingTaskListener.VAR_FICHA);
    }

    /** A record as the listener reads it: only what the ficha shows is filled in. */
    private static CitizenRecordView record(String claveElector, String fullName) {
        return new CitizenRecordView(new RecordId(UUID.randomUUID()), PROCESS, ACTOR, fullName, claveElector, null,
                RecordStatus.NO_VALIDO, true, null, null, Optional.empty(), null, Map.of());
    }
}
