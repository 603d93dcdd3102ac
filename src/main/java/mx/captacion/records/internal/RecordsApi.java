package mx.captacion.records.internal;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import mx.captacion.records.ReceiptCode;
import mx.captacion.records.ReceivingRecord;
import mx.captacion.records.RecordSubmission;

/**
 * The mobile API's adapter, called by the routes in {@code integration/records.camel.yaml}: maps
 * the exchange to {@link ReceivingRecord} and back.
 */
@Component("recordsApi")
class RecordsApi {

    /** Four images of at most 2 MB each, in base64, plus the data. */
    static final long MAX_BODY_BYTES = 12L * 1024 * 1024;
    /** The token the app got at the auxiliar's registration (POST /api/v1/auxiliares/registro). */
    static final String DEVICE_TOKEN_HEADER = "X-Device-Token";

    /** What the API answers about a record; {@code receiptCode} only for a Mi Apoyo record just sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordReceipt(
            String recordId,
            String status,
            @Schema(description = "Solo en Mi Apoyo: el código con el que el ciudadano consulta su registro "
                    + "en /mi-apoyo/consulta", example = "MA-7KQ4-X9PT-3HDR") String receiptCode) {
    }

    private final ReceivingRecord receiving;

    RecordsApi(ReceivingRecord receiving) {
        this.receiving = receiving;
    }

    public void requireJson(Exchange exchange) {
        String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw RecordRejection.CONTENIDO_NO_JSON.problem();
        }
        Long length = exchange.getMessage().getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (length != null && length > MAX_BODY_BYTES) {
            throw RecordRejection.SOLICITUD_DEMASIADO_GRANDE.problem(MAX_BODY_BYTES / 1024 / 1024);
        }
        // Camel's JSON unmarshalling fails on no body at all in a way that reads as an internal error
        if ((length != null && length == 0) || exchange.getMessage().getBody() == null) {
            throw RecordRejection.CAMPO_FALTANTE.problemSaying("cuerpoVacio");
        }
    }

    public RecordReceipt receive(Exchange exchange) {
        RecordSubmission submission = exchange.getMessage().getBody(RecordSubmission.class);
        if (submission == null) {
            throw RecordRejection.CAMPO_FALTANTE.problemSaying("cuerpoVacio");
        }
        ReceivingRecord.Receipt receipt = receiving.receive(submission,
                exchange.getMessage().getHeader(DEVICE_TOKEN_HEADER, String.class));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, receipt.created() ? 202 : 200);
        return new RecordReceipt(receipt.recordId().toString(), receipt.status().name(),
                receipt.receiptCode().map(ReceiptCode::toString).orElse(null));
    }

    public RecordReceipt status(Exchange exchange) {
        String id = exchange.getMessage().getHeader("recordId", String.class);
        String deviceToken = exchange.getMessage().getHeader(DEVICE_TOKEN_HEADER, String.class);
        return parse(id).flatMap(recordId -> receiving.status(recordId, deviceToken))
                // the receipt code is the citizen's, not for whoever holds the record id
                .map(receipt -> new RecordReceipt(receipt.recordId().toString(), receipt.status().name(), null))
                .orElseThrow(() -> RecordRejection.REGISTRO_NO_ENCONTRADO.problem(id));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
