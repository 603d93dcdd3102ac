package mx.captacion.miapoyo.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The receipt look-up for apps: the same answer as the page {@code /mi-apoyo/consulta}. */
@RestController
@Tag(name = "Mi Apoyo", description = "Consulta pública del estado de un apoyo con su código de recibo")
class MiApoyoApi {

    private final LookingUpReceipt lookingUp;

    MiApoyoApi(LookingUpReceipt lookingUp) {
        this.lookingUp = lookingUp;
    }

    @GetMapping(path = "/api/v1/mi-apoyo/{receiptCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Consultar un apoyo de Mi Apoyo",
            description = "Sin datos personales ni imágenes. Un código o una verificación equivocados responden "
                    + "el mismo 404 (RECIBO_NO_ENCONTRADO); tras varios intentos fallidos, 429 (DEMASIADOS_INTENTOS).")
    @ApiResponse(responseCode = "200", description = "Estado del apoyo")
    @ApiResponse(responseCode = "404", description = "Código o verificación incorrectos")
    @ApiResponse(responseCode = "429", description = "Demasiados intentos fallidos")
    ReceiptStatus lookUp(@Parameter(example = "MA-7KQ4-X9PT-3HDR") @PathVariable String receiptCode,
                         @Parameter(description = "Últimos 4 caracteres de la clave de elector, o la fecha de "
                                 + "nacimiento (AAAA-MM-DD o DD/MM/AAAA)", example = "H123")
                         @RequestParam(name = "verificacion", required = false) String verification,
                         HttpServletRequest request) {
        return lookingUp.lookUp(receiptCode, verification, request.getRemoteAddr());
    }
}
