package mx.captacion.accesslog.internal;

import java.io.ByteArrayOutputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** The bitácora for INE staff's programs: the same search as /bitacora, in JSON pages or CSV. */
@RestController
class AccessLogApi {

    private final SearchingAccessLog searching;

    AccessLogApi(SearchingAccessLog searching) {
        this.searching = searching;
    }

    @Operation(summary = "Bitácora de accesos a datos personales: quién vio qué registro o ciudadano, cuándo, "
            + "desde qué dirección; filtros combinables, la más reciente primero, 50 por página")
    @GetMapping("/api/v1/bitacora")
    SearchingAccessLog.Page search(
            @Parameter(description = "Usuario que vio los datos") @RequestParam(required = false) String usuario,
            @Parameter(description = "Identificador (UUID) del registro ciudadano") @RequestParam(required = false) String registro,
            @Parameter(description = "Clave de elector de la persona") @RequestParam(required = false) String clave,
            @Parameter(description = "Primer día (AAAA-MM-DD, hora del centro de México)", example = "2026-12-01")
            @RequestParam(required = false) String desde,
            @Parameter(description = "Último día, incluido (AAAA-MM-DD)", example = "2026-12-31")
            @RequestParam(required = false) String hasta,
            @Parameter(description = "Página, desde 0") @RequestParam(defaultValue = "0") int pagina) {
        return searching.search(new SearchingAccessLog.Query(usuario, registro, clave, desde, hasta), pagina);
    }

    @Operation(summary = "La misma búsqueda de la bitácora en CSV (UTF-8, hasta 100 000 entradas, las más recientes)")
    @GetMapping(value = "/api/v1/bitacora.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String usuario,
                                              @RequestParam(required = false) String registro,
                                              @RequestParam(required = false) String clave,
                                              @RequestParam(required = false) String desde,
                                              @RequestParam(required = false) String hasta) {
        return download(searching, new SearchingAccessLog.Query(usuario, registro, clave, desde, hasta));
    }

    /** The CSV answer of the page and the API (built whole: a bad filter is a 400, never half a file). */
    static ResponseEntity<byte[]> download(SearchingAccessLog searching, SearchingAccessLog.Query query) {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        searching.writeCsv(query, csv);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("bitacora.csv").build().toString())
                .body(csv.toByteArray());
    }
}
