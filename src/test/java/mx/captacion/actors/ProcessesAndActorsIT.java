package mx.captacion.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;
import mx.captacion.PortalSession;
import mx.captacion.RecordingMails;
import mx.captacion.platform.Roles;

/** INE staff create capture processes and register actors; representatives get an account by mail. */
class ProcessesAndActorsIT extends IntegrationTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void ineStaffCreateAProcessAndBadInputIsRefusedWithACode() {
        ensureReviewerAndAnalyst();
        String code = "APN-IT-" + suffix();
        Map<String, Object> valid = process(code);

        HttpResponse<String> created = postJson("/api/v1/processes", ANALYST, valid);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/processes/" + code);
        assertThat(body(created).get("kind").asText()).isEqualTo("APN_RESTO_DEL_PAIS");
        CaptureProcess stored = processes.findByCode(code).orElseThrow();
        assertThat(stored.getRequiredRecords()).isEqualTo(5000);
        assertThat(stored.getRequiredStates()).isEqualTo(7);
        assertThat(stored.getPeriodEnd()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(body(get("/api/v1/processes", ANALYST)).findValuesAsText("code")).contains(code);

        assertRefused(postJson("/api/v1/processes", ANALYST, valid), 409, "PROCESO_YA_EXISTE", code);
        assertRefused(postJson("/api/v1/processes", ANALYST, with(process("X-" + suffix()), "name", " ")), 400,
                "DATO_INVALIDO", "El campo 'nombre' es obligatorio.");
        assertRefused(postJson("/api/v1/processes", ANALYST, with(process("apn minúsculas"), "name", "Proceso")), 400,
                "DATO_INVALIDO", "'clave'");
        assertRefused(postJson("/api/v1/processes", ANALYST, with(process("X-" + suffix()), "requiredStates", 33)), 400,
                "DATO_INVALIDO", "'entidades requeridas' admite a lo más 32 entidades");
        assertRefused(postJson("/api/v1/processes", ANALYST, with(process("X-" + suffix()), "periodEnd", "2026-02-28")),
                400, "PERIODO_INVALIDO", "28/02/2026");
        assertRefused(postJson("/api/v1/processes", ANALYST, with(process("X-" + suffix()), "kind", "ELECCION")), 400,
                "FORMATO_INVALIDO", "'kind'");
        assertRefused(get("/api/v1/processes/NO-EXISTE", ANALYST), 404, "PROCESO_DESCONOCIDO", "NO-EXISTE");
    }

    @Test
    void registeringAnActorIssuesAFolioARepresentativeAccountAndMailsItsCredentials() {
        ensureReviewerAndAnalyst();
        String code = createProcess();
        String email = "rep" + suffix() + "@captacion.example";

        HttpResponse<String> registered = postJson("/api/v1/processes/" + code + "/actors", ANALYST,
                actor("Agrupación Ciudadana " + suffix(), email));

        assertThat(registered.statusCode()).isEqualTo(201);
        String folio = body(registered).get("folio").asText();
        String today = DateTimeFormatter.ofPattern("yyMMdd").format(LocalDate.now(CaptureProcess.ZONE));
        assertThat(folio).matches("F" + today + "\\d{9}");
        String user = folio.toLowerCase();
        assertThat(body(registered).get("representativeUser").asText()).isEqualTo(user);
        assertThat(actors.findByFolio(folio).orElseThrow().getRepresentativeUser()).isEqualTo(user);
        assertThat(identity.createUserQuery().userId(user).memberOfGroup(Roles.REPRESENTANTE).count()).isEqualTo(1);

        RecordingMails.Queued mail = mails.to(email, "representante-credenciales").get(0);
        assertThat(mail.model()).containsEntry("usuario", user).containsEntry("folio", folio)
                .containsEntry("portal", "http://localhost:" + port + "/login");
        String password = (String) mail.model().get("contrasena");
        assertThat(password).hasSizeGreaterThanOrEqualTo(10);
        assertThat(registered.body()).doesNotContain(password);
        assertThat(send(basic(HttpRequest.newBuilder(uri("/cuenta/contrasena")), user, password).build()).statusCode()).isEqualTo(200);
        assertThat(body(get("/api/v1/processes/" + code + "/actors", ANALYST)).findValuesAsText("folio"))
                .containsExactly(folio);
    }

    @Test
    void aNewRepresentativeMustReplaceTheMailedPasswordBeforeAnythingElse() {
        ensureReviewerAndAnalyst();
        String code = createProcess();
        String email = "primera" + suffix() + "@captacion.example";
        String folio = body(postJson("/api/v1/processes/" + code + "/actors", ANALYST,
                actor("Agrupación Primera Vez " + suffix(), email))).get("folio").asText();
        String user = folio.toLowerCase();
        String mailed = (String) mails.to(email, "representante-credenciales").get(0).model().get("contrasena");
        PortalSession browser = PortalSession.anonymous(uri(""));

        HttpResponse<String> signedIn = browser.follow(browser.login(user, mailed));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/cuenta/contrasena");
        assertThat(browser.get("/cuenta/contrasena").body()).contains("Su contraseña es la temporal que recibió por correo");
        HttpResponse<String> portal = browser.get("/organizacion");
        assertThat(portal.statusCode()).isEqualTo(302);
        assertThat(portal.headers().firstValue("Location").orElseThrow()).endsWith("/cuenta/contrasena");
        HttpResponse<String> api = send(basic(HttpRequest.newBuilder(uri("/api/v1/actors/" + folio + "/audiencia")),
                user, mailed).build());
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(body(api).get("code").asText()).isEqualTo("CONTRASENA_TEMPORAL");

        String chosen = "Elegida-por-mi-" + suffix();
        HttpResponse<String> changed = browser.post("/cuenta/contrasena",
                Map.of("actual", mailed, "nueva", chosen, "confirmacion", chosen));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(browser.get("/organizacion").statusCode()).isEqualTo(200);
        assertThat(browser.get("/cuenta/contrasena").body()).doesNotContain("Su contraseña es la temporal");
        assertThat(send(basic(HttpRequest.newBuilder(uri("/api/v1/actors/" + folio + "/audiencia")), user, chosen)
                .build()).statusCode()).isNotEqualTo(403);
    }

    @Test
    void theSameActorTwiceInAProcessIsRefusedAndLeavesNothing() {
        ensureReviewerAndAnalyst();
        String code = createProcess();
        String name = "Agrupación Repetida " + suffix();
        assertThat(postJson("/api/v1/processes/" + code + "/actors", ANALYST, actor(name, "a" + suffix() + "@captacion.example"))
                .statusCode()).isEqualTo(201);
        String second = "b" + suffix() + "@captacion.example";
        long accounts = identity.createUserQuery().memberOfGroup(Roles.REPRESENTANTE).count();

        HttpResponse<String> again = postJson("/api/v1/processes/" + code + "/actors", ANALYST,
                actor("  " + name.toUpperCase() + " ", second));

        assertRefused(again, 409, "ACTOR_YA_REGISTRADO", "ya está registrado en el proceso '" + code + "'");
        assertThat(actors.findByProcessCode(code)).hasSize(1);
        assertThat(identity.createUserQuery().memberOfGroup(Roles.REPRESENTANTE).count()).isEqualTo(accounts);
        assertThat(mails.to(second, "representante-credenciales")).isEmpty();
        assertRefused(postJson("/api/v1/processes/" + code + "/actors", ANALYST, actor("Otra", "no-es-correo")), 400,
                "DATO_INVALIDO", "'correo del representante' no es un correo electrónico válido");
        assertRefused(postJson("/api/v1/processes/NO-EXISTE/actors", ANALYST, actor("Otra", second)), 404,
                "PROCESO_DESCONOCIDO", "NO-EXISTE");
    }

    @Test
    void onlyIneStaffReachProcessesAndActors() {
        ensureReviewerAndAnalyst();
        String code = createProcess();
        ensureUser("representante.it", Roles.REPRESENTANTE);

        for (String user : List.of(REVIEWER, "representante.it")) {
            assertThat(get("/api/v1/processes", user).statusCode()).isEqualTo(403);
            assertThat(postJson("/api/v1/processes/" + code + "/actors", user, actor("Intrusa", "x@captacion.example"))
                    .statusCode()).isEqualTo(403);
            assertThat(get("/procesos", user).statusCode()).isEqualTo(403);
            assertThat(get("/procesos/" + code + "/actores-por-dia", user).statusCode()).isEqualTo(403);
        }
        assertThat(get("/api/v1/processes", null).statusCode()).isEqualTo(401);
        assertThat(postJson("/api/v1/processes", null, process("X-" + suffix())).statusCode()).isEqualTo(401);
        assertThat(actors.findByProcessCode(code)).isEmpty();
    }

    @Test
    void ineStaffUseThePortalFormsToCreateAProcessAndRegisterAnActor() {
        ensureReviewerAndAnalyst();
        String code = "PORTAL-" + suffix();
        Web web = new Web(ANALYST, PASSWORD);
        Map<String, String> form = new HashMap<>(Map.of("code", code, "name", "Proceso del portal", "kind",
                "CONSULTA_POPULAR", "periodStart", "2026-03-01", "periodEnd", "2027-01-31", "requiredRecords", "100",
                "requiredStates", "3"));

        HttpResponse<String> created = web.submit("/procesos", "/procesos", form);

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/procesos/" + code);
        assertThat(processes.findByCode(code).orElseThrow().getKind()).isEqualTo(ProcessKind.CONSULTA_POPULAR);
        assertThat(web.submit("/procesos", "/procesos", form).body()).contains("Ya existe un proceso de captación con la clave");
        form.put("requiredRecords", "muchos");
        assertThat(web.submit("/procesos", "/procesos", form).body())
                .contains("El campo &#39;registros requeridos&#39; no tiene un formato válido.");

        String email = "portal" + suffix() + "@captacion.example";
        HttpResponse<String> registered = web.submit("/procesos/" + code, "/procesos/" + code + "/actores",
                Map.of("name", "Agrupación del Portal", "representativeName", "Representación Portal",
                        "representativeEmail", email));

        assertThat(registered.statusCode()).isEqualTo(302);
        String folio = (String) mails.to(email, "representante-credenciales").get(0).model().get("folio");
        String page = web.get("/procesos/" + code).body();
        assertThat(page).contains(folio, "Agrupación del Portal", "Se registró «Agrupación del Portal» con el folio " + folio);
    }

    @Test
    void aSignedInUserReplacesTheirPassword() {
        String user = "cambio" + suffix();
        ensureUser(user, Roles.REPRESENTANTE);
        Web web = new Web(user, PASSWORD);
        String replacement = "Nueva-contraseña-" + suffix();

        assertThat(web.submit("/cuenta/contrasena", "/cuenta/contrasena",
                Map.of("actual", PASSWORD, "nueva", "corta", "confirmacion", "corta")).body())
                .contains("La nueva contraseña debe tener al menos 10 caracteres.");
        assertThat(web.submit("/cuenta/contrasena", "/cuenta/contrasena",
                Map.of("actual", PASSWORD, "nueva", replacement, "confirmacion", replacement + "x")).body())
                .contains("La confirmación no coincide con la nueva contraseña.");
        HttpResponse<String> changed = web.submit("/cuenta/contrasena", "/cuenta/contrasena",
                Map.of("actual", PASSWORD, "nueva", replacement, "confirmacion", replacement));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(send(basic(HttpRequest.newBuilder(uri("/cuenta/contrasena")), user, replacement).build()).statusCode()).isEqualTo(200);
        assertThat(send(basic(HttpRequest.newBuilder(uri("/")), user, PASSWORD).build()).statusCode()).isEqualTo(401);

        String other = "cambio" + suffix();
        ensureUser(other, Roles.REPRESENTANTE);
        assertThat(new Web(other, PASSWORD).submit("/cuenta/contrasena", "/cuenta/contrasena",
                Map.of("actual", "no-es-la-actual", "nueva", replacement, "confirmacion", replacement)).body())
                .contains("La contraseña actual no es correcta.");
        assertThat(identity.checkPassword(other, replacement)).isFalse();
    }

    // --- helpers ------------------------------------------------------------------------------

    private String createProcess() {
        String code = "IT-ACT-" + suffix();
        assertThat(postJson("/api/v1/processes", ANALYST, process(code)).statusCode()).isEqualTo(201);
        return code;
    }

    private static Map<String, Object> process(String code) {
        return Map.of("code", code, "name", "Agrupaciones de prueba " + code, "kind", "APN_RESTO_DEL_PAIS",
                "periodStart", "2026-03-01", "periodEnd", "2027-01-31", "requiredRecords", 5000, "requiredStates", 7);
    }

    private static Map<String, Object> actor(String name, String email) {
        return Map.of("name", name, "representativeName", "Representación de prueba", "representativeEmail", email);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private void assertRefused(HttpResponse<String> response, int status, String code, String messagePart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(body(response).get("code").asText()).isEqualTo(code);
        assertThat(body(response).get("message").asText()).contains(messagePart);
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String user, String password) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A browser's session: the page's CSRF token and the session cookie it belongs to, sent back with a form. */
    private class Web {

        private final String user;
        private final String password;
        private String cookie;

        Web(String user, String password) {
            this.user = user;
            this.password = password;
        }

        HttpResponse<String> get(String path) {
            HttpRequest.Builder request = basic(HttpRequest.newBuilder(uri(path)).GET(), user, password);
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> response = send(request.build());
            response.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.split(";", 2)[0]);
            return response;
        }

        HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
            Matcher token = CSRF.matcher(get(page).body());
            assertThat(token.find()).as("formulario con token CSRF en " + page).isTrue();
            Map<String, String> all = new HashMap<>(fields);
            all.put("_csrf", token.group(1));
            String form = all.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(basic(HttpRequest.newBuilder(uri(action)), user, password)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }
    }
}
