package mx.captacion.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import mx.captacion.platform.TestMessages;
import mx.captacion.records.CaptureChannel;
import mx.captacion.records.RecordSubmission;

/**
 * The control desk's {@code ficha} built from the bundle's template reads byte for byte as the one
 * built in Java did: {@code records/control-desk-fichas.md} is that older output for the same
 * records, with what a template could get wrong — Markdown escapes, a four-digit sección
 * (MessageFormat would group it), no findings, no vigencia, an unknown sexo and entidad, Mi Apoyo.
 */
class ControlDeskFichaTest {

    private final ControlDeskTaskListener listener = new ControlDeskTaskListener(null, null, null, null, null, TestMessages.bundle());

    @Test
    void fichaReadsAsItDidWhenJavaWroteIt() {
        CitizenRecord byAuxiliar = new CitizenRecord(UUID.randomUUID(), 1L, 2L, 3L, CaptureChannel.AUXILIAR,
                Instant.parse("2026-12-05T20:03:00Z"), Instant.parse("2026-12-05T20:04:00Z"), null,
                new RecordSubmission.Citizen("prlpjn85031209h123", "PELJ850312HDFRPN05", "Juan_*", "Pérez|López",
                        null, LocalDate.of(1985, 3, 12), "X", 14, 1234, 2031), Map.of());
        byAuxiliar.screened("La fecha de nacimiento de la CURP no coincide.\nLa sección [1234] no existe.");
        CitizenRecord miApoyo = new CitizenRecord(UUID.randomUUID(), 1L, 2L, null, CaptureChannel.MI_APOYO,
                Instant.parse("2026-01-31T06:59:00Z"), Instant.parse("2026-01-31T07:00:00Z"), null,
                new RecordSubmission.Citizen("ABCDEF01020304M100", "AAAA010203MDFBBB09", "Ana", "O'Neil",
                        "{0} #1", LocalDate.of(2001, 2, 3), "Q", 33, 7, null), Map.of());

        String fichas = listener.ficha(byAuxiliar, ControlDeskTaskListener.WARNING) + "=====\n"
                + listener.ficha(miApoyo, ControlDeskTaskListener.SCREENING) + "=====\n"
                + listener.ficha(byAuxiliar, ControlDeskTaskListener.FRAUD);

        assertThat(fichas).isEqualTo(TestMessages.resource("/records/control-desk-fichas.md"));
    }
}
