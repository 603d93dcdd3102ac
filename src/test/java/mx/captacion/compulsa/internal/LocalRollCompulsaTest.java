package mx.captacion.compulsa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import mx.captacion.roll.RegistralStatus;
import mx.captacion.roll.RollEntry;
import mx.captacion.records.RecordId;

/** How the imported roll judges one captured citizen. */
class LocalRollCompulsaTest {

    private static final LocalDate BORN = LocalDate.of(1990, 5, 17);
    private static final String CLAVE = "PRLNAN90051714M100";

    private static CompulsaRequest captured(String nombre, String paterno, String materno, LocalDate born, String sexo) {
        return new CompulsaRequest(new RecordId(UUID.randomUUID()), CLAVE, nombre, paterno, materno, born, sexo, 14, 1);
    }

    private static RollEntry listed(String materno, RegistralStatus status) {
        return new RollEntry(CLAVE, "ANA MARÍA", "PÉREZ", materno, BORN, "M", 14, 1, status);
    }

    @Test
    void theRollsOwnStatusStandsWhenTheDataAgreeWhateverTheCaseAndAccents() {
        CompulsaRequest request = captured("Ana Maria", "perez", "Luna", BORN, "M");
        assertThat(LocalRollCompulsa.answer(request, listed("LUNA", RegistralStatus.EN_LISTA_NOMINAL)))
                .isEqualTo(RegistralStatus.EN_LISTA_NOMINAL);
        assertThat(LocalRollCompulsa.answer(request, listed("Luna", RegistralStatus.BAJA_POR_DEFUNCION)))
                .isEqualTo(RegistralStatus.BAJA_POR_DEFUNCION);
    }

    @Test
    void absentFromTheRollIsNotFound() {
        assertThat(LocalRollCompulsa.answer(captured("Ana", "Pérez", null, BORN, "M"), null))
                .isEqualTo(RegistralStatus.NO_ENCONTRADO);
    }

    @Test
    void anyDifferenceInNameBirthDateOrSexIsDataThatDoNotAgree() {
        RollEntry entry = listed("LUNA", RegistralStatus.EN_LISTA_NOMINAL);
        assertThat(LocalRollCompulsa.answer(captured("Ana", "Pérez", "Luna", BORN, "M"), entry))
                .as("nombre").isEqualTo(RegistralStatus.DATOS_NO_COINCIDEN);
        assertThat(LocalRollCompulsa.answer(captured("Ana María", "Pérez", "Lara", BORN, "M"), entry))
                .as("apellido materno").isEqualTo(RegistralStatus.DATOS_NO_COINCIDEN);
        assertThat(LocalRollCompulsa.answer(captured("Ana María", "Pérez", null, BORN, "M"), entry))
                .as("apellido materno omitido").isEqualTo(RegistralStatus.DATOS_NO_COINCIDEN);
        assertThat(LocalRollCompulsa.answer(captured("Ana María", "Pérez", "Luna", BORN.plusDays(1), "M"), entry))
                .as("fecha de nacimiento").isEqualTo(RegistralStatus.DATOS_NO_COINCIDEN);
        assertThat(LocalRollCompulsa.answer(captured("Ana María", "Pérez", "Luna", BORN, "H"), entry))
                .as("sexo").isEqualTo(RegistralStatus.DATOS_NO_COINCIDEN);
    }

    @Test
    void noSecondSurnameOnEitherSideAgrees() {
        assertThat(LocalRollCompulsa.answer(captured("Ana María", "Pérez", " ", BORN, "M"),
                listed(null, RegistralStatus.EN_LISTA_NOMINAL))).isEqualTo(RegistralStatus.EN_LISTA_NOMINAL);
    }
}
