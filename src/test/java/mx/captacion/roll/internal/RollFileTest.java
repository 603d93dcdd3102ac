package mx.captacion.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.captacion.identity.ClaveElector;
import mx.captacion.identity.Entidad;
import mx.captacion.identity.Sexo;
import mx.captacion.platform.ApiProblem;
import mx.captacion.roll.RegistralStatus;
import mx.captacion.roll.RollEntry;
import mx.captacion.roll.RollFile;
import mx.captacion.roll.RollFile.Citizen;
import mx.captacion.roll.RollFile.Refusal;

class RollFileTest {

    private static final String CLAVE = ClaveElector.build("Ana", "Pérez", "Luna", LocalDate.of(1990, 5, 17),
            Entidad.JALISCO, Sexo.M, 12);
    private static final String GOOD = CLAVE + ",Ana,Pérez,Luna,1990-05-17,M,14,1234,EN_LISTA_NOMINAL";

    @Test
    void aGoodLineIsACitizenOfTheRoll() {
        assertThat(RollFile.parse(GOOD)).isEqualTo(new Citizen(new RollEntry(CLAVE, "Ana", "Pérez", "Luna",
                LocalDate.of(1990, 5, 17), "M", 14, 1234, RegistralStatus.EN_LISTA_NOMINAL)));
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotesAndAnEmptyMaternalSurnameIsNone() {
        var parsed = (Citizen) RollFile.parse(CLAVE + ",\"Ana, \"\"la\"\"\",Pérez,,1990-05-17,m,9,7,baja_por_defuncion");
        assertThat(parsed.entry().nombre()).isEqualTo("Ana, \"la\"");
        assertThat(parsed.entry().apellidoMaterno()).isNull();
        assertThat(parsed.entry().entidad()).isEqualTo(9);
        assertThat(parsed.entry().registralStatus()).isEqualTo(RegistralStatus.BAJA_POR_DEFUNCION);
    }

    @Test
    void lineIsTheInverseOfParse() {
        var entry = new RollEntry(CLAVE, "Ana, María", "Pérez", null, LocalDate.of(1990, 5, 17), "M", 3, 55,
                RegistralStatus.SUSPENSION_DE_DERECHOS_POLITICOS);
        assertThat(RollFile.parse(RollFile.line(entry))).isEqualTo(new Citizen(entry));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "12345X90051714M012,Ana,Pérez,Luna,1990-05-17,M,14,1,EN_LISTA_NOMINAL | CLAVE_ELECTOR_INVALIDA",
            "{c},,Pérez,Luna,1990-05-17,M,14,1,EN_LISTA_NOMINAL | NOMBRE_FALTANTE",
            "{c},Ana,,Luna,1990-05-17,M,14,1,EN_LISTA_NOMINAL | APELLIDO_PATERNO_FALTANTE",
            "{c},Ana,Pérez,Luna,1990-02-30,M,14,1,EN_LISTA_NOMINAL | FECHA_NACIMIENTO_INVALIDA",
            "{c},Ana,Pérez,Luna,17/05/1990,M,14,1,EN_LISTA_NOMINAL | FECHA_NACIMIENTO_INVALIDA",
            "{c},Ana,Pérez,Luna,1990-05-17,Z,14,1,EN_LISTA_NOMINAL | SEXO_INVALIDO",
            "{c},Ana,Pérez,Luna,1990-05-17,M,45,1,EN_LISTA_NOMINAL | ENTIDAD_INVALIDA",
            "{c},Ana,Pérez,Luna,1990-05-17,M,XX,1,EN_LISTA_NOMINAL | ENTIDAD_INVALIDA",
            "{c},Ana,Pérez,Luna,1990-05-17,M,14,0,EN_LISTA_NOMINAL | SECCION_INVALIDA",
            "{c},Ana,Pérez,Luna,1990-05-17,M,14,10000,EN_LISTA_NOMINAL | SECCION_INVALIDA",
            "{c},Ana,Pérez,Luna,1990-05-17,M,14,1,VIGENTE | ESTATUS_INVALIDO",
            "{c},Ana,Pérez,Luna,1990-05-17,M,14,1,NO_ENCONTRADO | ESTATUS_INVALIDO",
            "{c},Ana,Pérez,Luna,1990-05-17,M,14,1 | CAMPOS_INCORRECTOS",
            "{c},Ana,Pérez,Luna,1990-05-17,M,14,1,EN_LISTA_NOMINAL,extra | CAMPOS_INCORRECTOS",
            "{c},\"Ana,Pérez,Luna,1990-05-17,M,14,1,EN_LISTA_NOMINAL | COMILLAS_SIN_CERRAR",
            "{c},Ana,Pérez,Luna,1991-05-17,M,14,1,EN_LISTA_NOMINAL | DATOS_NO_COINCIDEN",
            "{c},Ana,Pérez,Luna,1990-05-17,H,14,1,EN_LISTA_NOMINAL | DATOS_NO_COINCIDEN",
            "{c},An\uFFFDa,Pérez,Luna,1990-05-17,M,14,1,EN_LISTA_NOMINAL | CODIFICACION_INVALIDA"})
    void aBadLineIsRefusedWithItsCodeAndASpanishMessage(String line, String code) {
        var parsed = RollFile.parse(line.replace("{c}", CLAVE));
        assertThat(parsed).isInstanceOf(Refusal.class);
        assertThat(((Refusal) parsed).code()).isEqualTo(code);
        assertThat(((Refusal) parsed).message()).isNotBlank().hasSizeLessThan(300);
    }

    @Test
    void theHeaderIsRequiredAndMayCarryAByteOrderMark(@TempDir Path dir) throws IOException {
        assertThat(RollFile.isHeader("\uFEFF" + RollFile.HEADER + "\r")).isTrue();
        assertThat(RollFile.isHeader("clave,nombre")).isFalse();
        Path bad = Files.writeString(dir.resolve("malo.csv"), GOOD + "\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RollFile.requireHeader(bad)).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("encabezado");
        Path good = Files.writeString(dir.resolve("bueno.csv"), RollFile.HEADER + "\n" + GOOD + "\n");
        RollFile.requireHeader(good);
    }

    @Test
    void theLineReaderGivesTheByteOffsetAfterEachLineSoAnImportCanContinueThere(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lineas.csv"), "áé\r\nb\n\nc", StandardCharsets.UTF_8);
        try (var lines = new OffsetLineReader(file, 0)) {
            assertThat(lines.next()).isEqualTo("áé");
            assertThat(lines.offset()).isEqualTo(6);
            assertThat(lines.next()).isEqualTo("b");
            assertThat(lines.next()).isEmpty();
            assertThat(lines.next()).isEqualTo("c");
            assertThat(lines.offset()).isEqualTo(Files.size(file));
            assertThat(lines.next()).isNull();
        }
        try (var lines = new OffsetLineReader(file, 6)) {
            assertThat(lines.next()).isEqualTo("b");
        }
    }
}
