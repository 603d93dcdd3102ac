package mx.captacion.auxiliares.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import mx.captacion.actors.Folio;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.ActorLookup;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarFixtures;
import mx.captacion.auxiliares.AuxiliarId;
import mx.captacion.auxiliares.AuxiliarStatus;
import mx.captacion.platform.TestMessages;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;
import mx.captacion.roll.RollEntry;

/**
 * The auxiliar review's {@code ficha} built from the bundle's templates reads byte for byte as the one
 * built in Java did: {@code auxiliares/auxiliar-review-fichas.md} is that older output for the same
 * (synthetic) auxiliares, with Markdown escapes, the roll's entry with a four-digit sección
 * (MessageFormat would group it) and no second surname, a clave the roll lacks, no roll loaded, an
 * auxiliar not yet registered in the app.
 */
class AuxiliarReviewFichaTest {

    private static final Long ACTOR = 7L;

    private final ActorLookup actors = mock(ActorLookup.class);
    private final ElectoralRoll roll = mock(ElectoralRoll.class);
    private final AuxiliarReviewTask listener = new AuxiliarReviewTask(null, actors, roll, null, null, TestMessages.bundle());

    @Test
    void fichaReadsAsItDidWhenJavaWroteIt() {
        when(actors.byId(ACTOR)).thenReturn(new PoliticalActor(null, new Folio("F230617000000021"),
                "Organización *Prueba* (A.C.)", "Representante Prueba", "rep@example.org",
                Instant.parse("2026-01-02T18:00:00Z")));
        Auxiliar inRoll = registered("AUX-0001000", "Ana_María [Prueba]", "ana.prueba+1@example.org",
                "prlpjn85031209h123", Instant.parse("2026-12-05T20:03:00Z"));
        Auxiliar notInRoll = registered("AUX-0001001", "Luis O'Neil", "luis-o@example.org",
                "ABCDEF01020304M100", Instant.parse("2026-01-31T06:59:00Z"));
        Auxiliar notInApp = new Auxiliar(new AuxiliarId("AUX-0001002"), ACTOR, "Eva {0} #2", "eva@example.org",
                AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP, Instant.parse("2026-12-01T12:00:00Z"));
        when(roll.find("prlpjn85031209h123")).thenReturn(Optional.of(new RollEntry("prlpjn85031209h123", "Juan*",
                "Pérez|López", null, LocalDate.of(1985, 3, 12), "H", 14, 1234, RegistralStatus.BAJA_POR_DEFUNCION)));
        when(roll.find("ABCDEF01020304M100")).thenReturn(Optional.empty());
        when(roll.find(null)).thenReturn(Optional.empty());

        when(roll.isLoaded()).thenReturn(true);
        String fichas = listener.ficha(inRoll) + "=====\n" + listener.ficha(notInRoll) + "=====\n";
        when(roll.isLoaded()).thenReturn(false);
        fichas += listener.ficha(notInRoll) + "=====\n" + listener.ficha(notInApp);

        assertThat(fichas).isEqualTo(TestMessages.resource("/auxiliares/auxiliar-review-fichas.md"));
    }

    private static Auxiliar registered(String auxiliarId, String name, String email, String claveElector, Instant at) {
        Auxiliar auxiliar = new Auxiliar(new AuxiliarId(auxiliarId), ACTOR, name, email, AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP,
                at.minusSeconds(86_400));
        return AuxiliarFixtures.registeredInApp(auxiliar, claveElector, "anverso", "reverso", "token", at);
    }
}
