package mx.captacion.auxiliares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.actors.CreatingCaptureProcess;
import mx.captacion.actors.NewActor;
import mx.captacion.actors.NewCaptureProcess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.ProcessKind;
import mx.captacion.actors.RegisteringActor;
import mx.captacion.auxiliares.internal.AuxiliarCsvUpload;
import mx.captacion.platform.ApiProblem;
import mx.captacion.records.ReceivingRecord;
import mx.captacion.reports.AuxiliarReports;

/**
 * Auxiliares started alone (with actors, identity, roll, mail, the access log and the platform): a
 * representative's alta, by form and by CSV, is found again and counted; a baja ends it with its
 * history; the refusals of the alta, the baja and the app registration carry their code and message.
 */
@ModuleIntegrationTest
class AuxiliaresModuleIT {

    @Autowired
    AuxiliarRegistry registry;
    @Autowired
    AuxiliarCsvUpload upload;
    @Autowired
    RegisteringInApp registeringInApp;
    @Autowired
    CreatingCaptureProcess creatingProcess;
    @Autowired
    RegisteringActor registeringActor;
    @Autowired
    ApplicationContext context;

    private PoliticalActor actor;
    private String tag;

    @BeforeEach
    void anActor() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        String code = "AUX-" + tag.toUpperCase();
        creatingProcess.create(new NewCaptureProcess(code, "Proceso " + code, ProcessKind.APN_RESTO_DEL_PAIS,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), 100, 3, null, null, null, null));
        actor = registeringActor.register(code, new NewActor("Agrupación " + code, "Ana Pérez", tag + "@captacion.example"));
    }

    @Test
    void anAltaIsFoundAndCountedAndItsBajaKeepsTheHistory() {
        String email = "luis-" + tag + "@captacion.example";
        Auxiliar auxiliar = registry.alta(actor, new NewAuxiliar(" Luis Gómez ", email, AuthenticationType.GOOGLE));
        String id = auxiliar.getAuxiliarId().value();

        assertThat(registry.search(actor, "gomez", null, Pageable.unpaged()).getContent())
                .extracting(a -> a.getAuxiliarId().value()).containsExactly(id);
        assertThat(registry.countByStatus(actor)).containsEntry(AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP, 1L)
                .containsEntry(AuxiliarStatus.BAJA, 0L);
        assertRefused(() -> registry.alta(actor, new NewAuxiliar("Otro", email, AuthenticationType.CORREO)),
                "CORREO_YA_REGISTRADO", 409,
                "Ya existe un auxiliar activo con el correo " + email + " (" + id + "). Si cambió de correo, dé de baja el anterior.");

        assertRefused(() -> registry.baja(actor, id, BajaCause.NO_ESTA_EN_LISTA_NOMINAL, null, "rep", false),
                "CAUSA_SOLO_INE", 403, "La causa «" + BajaCause.NO_ESTA_EN_LISTA_NOMINAL.label() + "» solo la asigna el INE.");
        assertRefused(() -> registry.baja(actor, id, BajaCause.CAMBIO_DE_CORREO, "x".repeat(501), "rep", false),
                "DATO_INVALIDO", 400, "El campo 'observaciones' admite a lo más 500 caracteres.");
        registry.baja(actor, id, BajaCause.CAMBIO_DE_CORREO, null, "rep", false);

        assertThat(registry.history(actor, id)).extracting(StatusPeriod::status)
                .containsExactly(AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP, AuxiliarStatus.BAJA);
        assertRefused(() -> registry.baja(actor, id, BajaCause.CAMBIO_DE_CORREO, null, "rep", false),
                "AUXILIAR_YA_DADO_DE_BAJA", 409,
                "El auxiliar '" + id + "' ya fue dado de baja; para volver a registrarlo haga una nueva alta.");
        assertRefused(() -> registry.baja(actor, id, null, null, "rep", false),
                "DATO_INVALIDO", 400, "El campo 'causa' es obligatorio.");
    }

    @Test
    void aCsvRegistersItsGoodLinesAndSaysWhyTheOthersWereRefused() {
        String csv = """
                nombre,correo,autenticacion
                Eva Ruiz,eva-%1$s@captacion.example,correo
                Sin Columnas,solo-dos-%1$s@captacion.example
                Raúl Paz,raul-%1$s@captacion.example,TELEGRAM
                """.formatted(tag);

        AuxiliarCsvUpload.Result result = upload.upload(actor, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.registered()).extracting(AuxiliarCsvUpload.Registered::line, AuxiliarCsvUpload.Registered::name)
                .containsExactly(tuple(2L, "Eva Ruiz"));
        assertThat(result.rejected()).extracting(AuxiliarCsvUpload.Rejected::code, AuxiliarCsvUpload.Rejected::message)
                .containsExactly(
                        tuple("COLUMNAS_INCORRECTAS",
                                "La línea tiene 2 columnas; se esperaban 3 (nombre, correo, autenticacion)."),
                        tuple("AUTENTICACION_DESCONOCIDA",
                                "El tipo de autenticación «TELEGRAM» no existe; use CORREO, GOOGLE o FACEBOOK."));
        assertRefused(() -> upload.upload(actor, "nombre;correo\n".getBytes(StandardCharsets.UTF_8)),
                "ENCABEZADO_INVALIDO", 400,
                "La primera línea debe ser el encabezado nombre,correo,autenticacion; se encontró «nombre;correo».");
    }

    /** The clave is checked by identity's {@code ClaveElector}, before the ID is looked up. */
    @Test
    void theAppRegistrationRefusesAMalformedClaveAndAnUnknownId() {
        assertRefused(() -> registeringInApp.register(new AppRegistration("AUX-X", "NO-ES-CLAVE", "a", "b")),
                "DATO_INVALIDO", 400, "El campo 'claveElector' no es una clave de elector válida (18 caracteres: "
                        + "6 letras, fecha AAMMDD, entidad, H/M/X y 3 dígitos).");
        assertRefused(() -> registeringInApp.register(new AppRegistration(" ", "x", "a", "b")),
                "DATO_INVALIDO", 400, "El campo 'auxiliarId' es obligatorio.");
    }

    @Test
    void startsWithoutTheModulesThatDependOnIt() {
        assertThat(context.getBeanNamesForType(AuxiliarReports.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ReceivingRecord.class)).isEmpty();
    }

    private static void assertRefused(Runnable call, String code, int status, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.httpStatus()).isEqualTo(status);
            assertThat(problem.getMessage()).isEqualTo(message);
        });
    }
}
