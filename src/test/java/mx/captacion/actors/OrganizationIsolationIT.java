package mx.captacion.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;
import mx.captacion.PortalSession;
import mx.captacion.auxiliares.AuxiliarStatus;

/**
 * Organization B's representative tries every path to organization A's auxiliares and reports,
 * by link and by typing A's ids: each is refused, and nothing of A shows in B's pages.
 */
class OrganizationIsolationIT extends IntegrationTestBase {

    private Fixture a;
    private Fixture b;
    private String representativeB;
    private PortalSession portalB;

    @BeforeEach
    void twoOrganizations() {
        a = newFixture();
        b = newFixture();
        newRepresentative(a);
        representativeB = newRepresentative(b);
        portalB = portal(representativeB);
    }

    @Test
    void anotherActorsAuxiliarIsNotFoundInDetailBajaOrImages() {
        for (String id : new String[] {a.activeAuxiliar(), a.bajaAuxiliar(), a.unregisteredAuxiliar()}) {
            HttpResponse<String> detail = portalB.get("/organizacion/auxiliares/" + id);
            assertThat(detail.statusCode()).isEqualTo(404);
            assertThat(detail.body()).contains("No se encontró el auxiliar «" + id + "» en su organización.")
                    .doesNotContain("Auxiliar A", "@captacion.example");
            assertThat(portalB.get("/organizacion/auxiliares/" + id + "/credencial/anverso").statusCode()).isEqualTo(404);
            assertThat(portalB.get("/organizacion/auxiliares/" + id + "/credencial/reverso").statusCode()).isEqualTo(404);
            assertThat(portalB.get("/revision-auxiliares/auxiliares/" + id + "/credencial/anverso").statusCode())
                    .isEqualTo(403);
        }
        HttpResponse<String> baja = portalB.post("/organizacion/auxiliares/" + a.activeAuxiliar() + "/baja",
                Map.of("causa", "CAMBIO_DE_CORREO"));
        assertThat(baja.statusCode()).isEqualTo(404);
        assertThat(auxiliares.findByAuxiliarId(a.activeAuxiliar()).orElseThrow().getStatus())
                .isEqualTo(AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP);
    }

    @Test
    void anUnknownIdIsAnsweredExactlyLikeAnotherActorsOne() {
        HttpResponse<String> unknown = portalB.get("/organizacion/auxiliares/AUX-NO-EXISTE");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No se encontró el auxiliar «AUX-NO-EXISTE» en su organización.");
    }

    @Test
    void listsAndSearchesShowOnlyTheOwnAuxiliares() {
        String list = portalB.get("/organizacion/auxiliares").body();
        assertThat(list).contains(b.activeAuxiliar(), b.bajaAuxiliar(), b.unregisteredAuxiliar())
                .doesNotContain(a.activeAuxiliar(), a.bajaAuxiliar(), a.unregisteredAuxiliar());
        assertThat(portalB.get("/organizacion/auxiliares?q=" + a.activeAuxiliar()).body())
                .contains("0 auxiliares encontrados").doesNotContain(">" + a.activeAuxiliar() + "<");
        assertThat(portalB.get("/organizacion").body()).contains(b.folio()).doesNotContain(a.folio());
    }

    @Test
    void reportsAreTheOwnActorsOnlyAndTheIneOnesAreRefused() {
        assertThat(portalB.get("/organizacion/auxiliares/reporte").body()).contains(b.folio()).doesNotContain(a.folio());
        assertThat(portalB.get("/organizacion/avance").body()).contains(b.folio()).doesNotContain(a.folio());
        // a folio in the query does not choose the actor: the session does
        assertThat(portalB.get("/organizacion/avance?folio=" + a.folio()).body()).doesNotContain(a.folio());
        assertThat(portalB.get("/avance?folio=" + a.folio()).statusCode()).isEqualTo(403);
        assertThat(portalB.get("/avance/auxiliares?folio=" + a.folio()).statusCode()).isEqualTo(403);
    }

    @Test
    void theApiRefusesARepresentative() {
        assertThat(get("/api/v1/actors/" + a.folio() + "/auxiliares-report", representativeB).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/actors/" + a.folio() + "/progress", representativeB).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/actors/" + b.folio() + "/auxiliares-report", representativeB).statusCode()).isEqualTo(403);
    }

    @Test
    void aUserWhoRepresentsNoActorIsToldSo() {
        ensureUser("rep.sin.actor.it", mx.captacion.platform.Roles.REPRESENTANTE);
        HttpResponse<String> page = portal("rep.sin.actor.it").get("/organizacion/auxiliares");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Su cuenta no representa a ningún actor político");
    }
}
