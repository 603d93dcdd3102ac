package mx.captacion.auxiliares.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.PortalSession;
import mx.captacion.auxiliares.AuthenticationType;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarRegistry;
import mx.captacion.auxiliares.AuxiliarStatus;
import mx.captacion.auxiliares.BajaCause;
import mx.captacion.auxiliares.NewAuxiliar;
import mx.captacion.auxiliares.StatusPeriod;

/** A representative's work with its auxiliares through the portal, signed in with a form and CSRF. */
class AuxiliaresPortalIT extends IntegrationTestBase {

    @Autowired
    AuxiliarRegistry registry;

    private Fixture fixture;
    private PortalSession portal;

    @BeforeEach
    void signIn() {
        fixture = newFixture();
        portal = portal(newRepresentative(fixture));
    }

    @Test
    void dashboardShowsTheFolioAndTheCountsByStatus() {
        HttpResponse<String> page = portal.get("/organizacion");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(fixture.folio(), "Activo registrado en la aplicación móvil",
                "/organizacion/avance", "/organizacion/auxiliares/reporte");
    }

    @Test
    void aRepresentativeLandsOnItsPortalAndReachesNothingElse() {
        assertThat(portal.get("/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/organizacion"));
        assertThat(portal.get("/avance").statusCode()).isEqualTo(403);
        assertThat(portal.get("/api-docs").statusCode()).isEqualTo(403);
        assertThat(portal.get("/camunda/app/tasklist/").statusCode()).isEqualTo(403);
    }

    @Test
    void listsSearchesWithoutAccentsFiltersByStatusAndPages() {
        var actor = actors.findById(fixture.actorId()).orElseThrow();
        registry.alta(actor, new NewAuxiliar("María Fernández Ñúñez", "maria.fn@captacion.example", AuthenticationType.GOOGLE));
        for (int i = 0; i < AuxiliaresPortal.PAGE_SIZE; i++) {
            registry.alta(actor, new NewAuxiliar("Relleno " + i, "relleno" + i + "@captacion.example", AuthenticationType.CORREO));
        }

        assertThat(portal.get("/organizacion/auxiliares?q=MARIA%20FERNANDEZ%20nunez").body())
                .contains("María Fernández Ñúñez").doesNotContain("Relleno 1<");
        assertThat(portal.get("/organizacion/auxiliares?q=" + fixture.bajaAuxiliar().toLowerCase()).body())
                .contains(fixture.bajaAuxiliar()).doesNotContain(fixture.activeAuxiliar());
        assertThat(portal.get("/organizacion/auxiliares?estado=BAJA").body())
                .contains(fixture.bajaAuxiliar()).doesNotContain(fixture.activeAuxiliar(), "María");

        // 3 fixture auxiliares + 21 here = 24: page 1 holds 20, page 2 the 4 oldest
        String first = portal.get("/organizacion/auxiliares").body();
        assertThat(first).contains("24 auxiliares encontrados", "Página 1 de 2", "pagina=1")
                .doesNotContain(fixture.activeAuxiliar());
        assertThat(portal.get("/organizacion/auxiliares?pagina=1").body())
                .contains(fixture.activeAuxiliar(), fixture.bajaAuxiliar(), fixture.unregisteredAuxiliar(), "Página 2 de 2");
    }

    @Test
    void altaThroughTheFormIssuesAnIdAndStartsTheLifecycle() {
        HttpResponse<String> alta = portal.post("/organizacion/auxiliares/alta",
                Map.of("nombre", "Rosa Elena Díaz", "correo", "rosa.diaz@captacion.example", "autenticacion", "FACEBOOK"));
        assertThat(alta.statusCode()).isEqualTo(302);
        String detail = portal.follow(alta).body();
        assertThat(detail).contains("Rosa Elena Díaz", "Cuenta de Facebook", "Activo sin registro en la aplicación móvil",
                "se le envió su ID por correo");
        Auxiliar created = auxiliares.findAll().stream()
                .filter(a -> a.getActorId().equals(fixture.actorId()) && a.getEmail().equals("rosa.diaz@captacion.example"))
                .findFirst().orElseThrow();
        assertThat(detail).contains(created.getAuxiliarId().value());
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ?", Long.class,
                created.getAuxiliarId().value())).isPositive();
    }

    @Test
    void aRefusedAltaShowsTheReasonAndKeepsWhatWasTyped() {
        HttpResponse<String> refused = portal.post("/organizacion/auxiliares/alta",
                Map.of("nombre", "Sin Correo", "correo", "no-es-correo", "autenticacion", "CORREO"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("no es un correo electrónico válido", "value=\"Sin Correo\"");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        HttpResponse<String> refused = portal.withoutToken().post("/organizacion/auxiliares/alta",
                Map.of("nombre", "Forjada", "correo", "forjada@captacion.example", "autenticacion", "CORREO"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(auxiliares.findAll()).noneMatch(a -> a.getActorId().equals(fixture.actorId())
                && a.getEmail().equals("forjada@captacion.example"));
    }

    @Test
    void bajaWithACauseIsConfirmedNamingTheAuxiliarThenEndsItAndKeepsItsHistory() {
        var actor = actors.findById(fixture.actorId()).orElseThrow();
        String id = registry.alta(actor, new NewAuxiliar("Pedro Baja", "pedro.baja@captacion.example",
                AuthenticationType.CORREO)).getAuxiliarId().value();
        String page = portal.get("/organizacion/auxiliares/" + id).body();
        assertThat(page).contains("Cambio de correo").doesNotContain("revisión INE");

        HttpResponse<String> ineOnly = portal.post("/organizacion/auxiliares/" + id + "/baja",
                Map.of("causa", "NO_ESTA_EN_LISTA_NOMINAL"));
        assertThat(ineOnly.statusCode()).isEqualTo(403);
        assertThat(ineOnly.body()).contains("solo la asigna el INE");

        HttpResponse<String> asked = portal.post("/organizacion/auxiliares/" + id + "/baja",
                Map.of("causa", "CAMBIO_DE_CORREO", "observaciones", "Usará su correo institucional"));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("¿Dar de baja definitivamente a Pedro Baja (" + id + ")?", "Cambio de correo",
                "name=\"confirmar\" value=\"si\"");
        assertThat(auxiliares.findByAuxiliarId(id).orElseThrow().getStatus()).isEqualTo(AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP);

        HttpResponse<String> baja = portal.post("/organizacion/auxiliares/" + id + "/baja",
                Map.of("causa", "CAMBIO_DE_CORREO", "observaciones", "Usará su correo institucional", "confirmar", "si"));
        assertThat(baja.statusCode()).isEqualTo(302);
        String after = portal.follow(baja).body();
        assertThat(after).contains("Dado de baja", "Cambio de correo", "Usará su correo institucional",
                "Activo sin registro en la aplicación móvil", "su ID ya no es válido");
        Auxiliar given = auxiliares.findByAuxiliarId(id).orElseThrow();
        assertThat(given.getStatus()).isEqualTo(AuxiliarStatus.BAJA);
        assertThat(given.getBajaCause()).isEqualTo(BajaCause.CAMBIO_DE_CORREO);
        assertThat(given.getBajaBy()).isEqualTo("rep." + fixture.folio().toLowerCase());
        assertThat(registry.history(actor, id)).extracting(StatusPeriod::status)
                .containsExactly(AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP, AuxiliarStatus.BAJA);
    }

    @Test
    void csvRegistersTheGoodRowsAndReportsEachBadOne() {
        String csv = """
                nombre,correo,autenticacion
                Ana Uno,ana.uno@captacion.example,CORREO
                Sin Correo,,GOOGLE
                Beto Dos,beto.dos@captacion.example,telepatia
                "Cruz, Carla",carla.cruz@captacion.example,facebook
                Repetida,ana.uno@captacion.example,CORREO
                Faltan,columnas
                """;
        HttpResponse<String> report = portal.upload("/organizacion/auxiliares/carga", "archivo", "auxiliares.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("2 auxiliares dados de alta, 4 líneas rechazadas.");
        assertThat(rejection(report.body(), 3)).contains("DATO_INVALIDO", "El campo &#39;correo&#39; es obligatorio.");
        assertThat(rejection(report.body(), 4)).contains("AUTENTICACION_DESCONOCIDA", "telepatia");
        assertThat(rejection(report.body(), 6)).contains("CORREO_YA_REGISTRADO", "ana.uno@captacion.example");
        assertThat(rejection(report.body(), 7)).contains("COLUMNAS_INCORRECTAS");
        assertThat(auxiliares.findAll()).filteredOn(a -> a.getActorId().equals(fixture.actorId()))
                .extracting(Auxiliar::getName).contains("Ana Uno", "Cruz, Carla")
                .doesNotContain("Sin Correo", "Beto Dos", "Repetida", "Faltan");
    }

    @Test
    void aFileLevelErrorRegistersNobody() {
        long before = auxiliares.count();
        HttpResponse<String> wrongHeader = portal.upload("/organizacion/auxiliares/carga", "archivo", "x.csv",
                "name,email,auth\nAna,ana@captacion.example,CORREO\n".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongHeader.statusCode()).isEqualTo(400);
        assertThat(wrongHeader.body()).contains("encabezado nombre,correo,autenticacion");

        HttpResponse<String> latin1 = portal.upload("/organizacion/auxiliares/carga", "archivo", "x.csv",
                "nombre,correo,autenticacion\nMuñoz,m@captacion.example,CORREO\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(latin1.body()).contains("UTF-8");

        StringBuilder tooMany = new StringBuilder("nombre,correo,autenticacion\n");
        for (int i = 0; i <= 2000; i++) {
            tooMany.append("N").append(i).append(",n").append(i).append("@captacion.example,CORREO\n");
        }
        HttpResponse<String> rows = portal.upload("/organizacion/auxiliares/carga", "archivo", "x.csv",
                tooMany.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(rows.statusCode()).isEqualTo(413);
        assertThat(rows.body()).contains("2001 filas", "2000");

        HttpResponse<String> big = portal.upload("/organizacion/auxiliares/carga", "archivo", "x.csv",
                new byte[1024 * 1024 + 1]);
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("1024 KB");
        assertThat(auxiliares.count()).isEqualTo(before);
    }

    /** The rejected-lines table row of a line number. */
    private static String rejection(String page, int line) {
        int at = page.indexOf("<td class=\"num\">" + line + "</td>");
        assertThat(at).as("la línea %d en el reporte", line).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
