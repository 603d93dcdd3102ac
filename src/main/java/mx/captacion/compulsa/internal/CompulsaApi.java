package mx.captacion.compulsa.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The compulsa for INE staff (group {@code ine-admin}): batches, answers that changed nothing, sending now. */
@RestController
class CompulsaApi {

    /** Both optional: the process's code (else the longest waiting) and the endpoint (else the configured one). */
    record SendRequest(String proceso, String destino) {
    }

    private final CompulsaBatches batches;
    private final CompulsaProblems problems;
    private final SendingCompulsa sending;
    private final MessageSource messages;

    CompulsaApi(CompulsaBatches batches, CompulsaProblems problems, SendingCompulsa sending, MessageSource messages) {
        this.batches = batches;
        this.problems = problems;
        this.sending = sending;
        this.messages = messages;
    }

    @Operation(summary = "Lotes de compulsa, el más reciente primero")
    @GetMapping("/api/v1/compulsa/lotes")
    List<CompulsaBatches.BatchView> batches() {
        return batches.recent(200);
    }

    @Operation(summary = "Envía ahora un lote (con el destino local, las respuestas se aplican antes de contestar)")
    @PostMapping("/api/v1/compulsa/lotes")
    ResponseEntity<Map<String, Object>> send(@RequestBody(required = false) SendRequest request) {
        SendRequest r = request == null ? new SendRequest(null, null) : request;
        CompulsaEndpoint endpoint = r.destino() == null || r.destino().isBlank() ? null
                : CompulsaEndpoint.byRouteName(r.destino()).orElseThrow(() -> CompulsaRejection.DESTINO_INVALIDO.problem(r.destino()));
        return sending.sendNow(r.proceso(), endpoint)
                .<ResponseEntity<Map<String, Object>>>map(b -> ResponseEntity.accepted().body(Map.of(
                        "lote", b.id(), "registros", b.requests().size(), "destino", b.endpoint().routeName())))
                .orElseGet(() -> ResponseEntity.ok(Map.of("lote", "", "registros", 0,
                        "mensaje", messages.getMessage("compulsa.nothingToSend.api", null, LocaleContextHolder.getLocale()))));
    }

    @Operation(summary = "Libera los registros sin respuesta de un lote para enviarlos en el siguiente")
    @PostMapping("/api/v1/compulsa/lotes/{id}/liberar")
    Map<String, Object> release(@PathVariable long id) {
        return Map.of("lote", id, "liberados", batches.release(id));
    }

    @Operation(summary = "Respuestas que no cambiaron nada: registro desconocido, contradictoria, línea ilegible")
    @GetMapping("/api/v1/compulsa/problemas")
    List<CompulsaProblems.Problem> problems() {
        return problems.recent(500);
    }
}
