package mx.captacion.records.internal;

import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.ApiProblems;
import mx.captacion.records.RecordSubmission;

/**
 * The mobile API in the OpenAPI document. Its routes are Camel's (integration/records.camel.yaml),
 * which springdoc cannot see, so they are described here from the same Java types the route reads
 * and writes.
 */
@Component
class RecordsApiDocumentation implements OpenApiCustomizer {

    private static final String TAG = "API móvil";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        ModelConverters converters = ModelConverters.getInstance();
        for (Class<?> type : new Class<?>[] {RecordSubmission.class, RecordsApi.RecordReceipt.class, ApiProblem.Body.class}) {
            converters.readAll(type).forEach((name, schema) -> openApi.schema(name, schema));
        }
        openApi.addTagsItem(new Tag().name(TAG)
                .description("Recepción de registros ciudadanos desde la aplicación móvil y Mi Apoyo"));

        Operation post = new Operation().addTagsItem(TAG).operationId("postRecord")
                .summary("Enviar un registro ciudadano")
                .description("Responde 202 (estatus EN_PROCESAMIENTO) solo después de guardar el registro, sus "
                        + "imágenes y su lugar en la fila de ingreso; la revisión automática y las reglas corren "
                        + "después, en lotes, y GET /api/v1/records/{recordId} dice en qué va. Reenviar el mismo submissionId responde 200 con el mismo registro y no crea nada, "
                        + "solo a quien lo envió: el mismo auxiliar con su token válido o, en Mi Apoyo, el mismo "
                        + "ciudadano (misma clave de elector y fecha de nacimiento); a cualquier otro le responde el "
                        + "mismo rechazo que a un envío nuevo, o 409 ENVIO_YA_USADO, sin nada del registro. "
                        + "En Mi Apoyo (channel = MI_APOYO, sin auxiliarId ni token; location puede omitirse si el "
                        + "ciudadano no permite su ubicación) la respuesta lleva receiptCode, con el que el ciudadano "
                        + "consulta su registro en GET /api/v1/mi-apoyo/{receiptCode}. En Mi Apoyo, además, lo que la "
                        + "revisión automática juzgaría inválido (vigencia faltante o vencida, clave de elector o CURP "
                        + "mal formadas o que no coinciden entre sí o con la fecha de nacimiento y el sexo, imagen "
                        + "faltante) responde 422 con el código del hallazgo (p. ej. CREDENCIAL_SIN_VIGENCIA) y field, "
                        + "el campo por corregir: el ciudadano lo corrige al momento; el registro de un auxiliar se "
                        + "recibe y su hallazgo se vuelve inconsistencia. "
                        + "Los errores responden 4xx con un código estable y un mensaje en español; nada se guarda. "
                        + "La respuesta no lleva más encabezados que los que la API fija: nunca repite los de la "
                        + "solicitud ni sus parámetros.")
                .addParametersItem(new Parameter().name(RecordsApi.DEVICE_TOKEN_HEADER).in("header").required(false)
                        .description("El token que devolvió POST /api/v1/auxiliares/registro; obligatorio cuando "
                                + "channel = AUXILIAR, ausente en Mi Apoyo.")
                        .schema(new Schema<String>().type("string")))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType(JSON,
                        new MediaType().schema(ref("RecordSubmission")).examples(Map.of("auxiliar", example())))))
                .responses(new ApiResponses()
                        .addApiResponse("202", receipt("Registro recibido; uno de Mi Apoyo lleva su código de recibo",
                                "EN_PROCESAMIENTO", "MA-7KQ4-X9PT-3HDR"))
                        .addApiResponse("200", receipt("El submissionId ya se había recibido (con el mismo código de recibo)",
                                "EN_MESA_DE_CONTROL", null))
                        .addApiResponse("400", problem("Datos faltantes o con formato inválido", "CAMPO_FALTANTE",
                                "Falta el campo 'citizen.curp': es obligatorio."))
                        .addApiResponse("401", problem("Falta el token del dispositivo o no es el del auxiliar",
                                "AUXILIAR_IDENTIFICADO_INCORRECTAMENTE", RecordRejection.AUXILIAR_IDENTIFICADO_INCORRECTAMENTE
                                        .problem("AUX-0001003").getMessage()))
                        .addApiResponse("403", problem("Auxiliar que no puede enviar registros", "AUXILIAR_INACTIVO",
                                RecordRejection.AUXILIAR_INACTIVO.problemSaying("baja", "AUX-0001002").getMessage()))
                        .addApiResponse("409", problem("El submissionId es de un envío de otro remitente; "
                                        + "se genera uno nuevo", "ENVIO_YA_USADO", RecordRejection.ENVIO_YA_USADO.problem().getMessage()))
                        .addApiResponse("413", problem("Imagen o solicitud demasiado grande (en bytes, o en píxeles "
                                        + "declarados: IMAGEN_DEMASIADOS_PIXELES)", "IMAGEN_DEMASIADO_GRANDE",
                                "La imagen del anverso de la credencial excede el tamaño máximo de 2048 KB."))
                        .addApiResponse("415", problem("No es JSON, o una imagen no es JPEG ni PNG", "CONTENIDO_NO_JSON",
                                "La solicitud debe enviarse como JSON (encabezado Content-Type: application/json)."))
                        .addApiResponse("422", problem("Proceso, actor o auxiliar desconocido, captura fuera del periodo o, "
                                        + "en Mi Apoyo, un dato por corregir (con field)",
                                "CAPTURA_FUERA_DE_PERIODO",
                                "La captura del 01/05/2019 está fuera del periodo del proceso (01/03/2026 al 31/01/2027)."))
                        .addApiResponse("503", unavailable()));
        openApi.path("/api/v1/records", new PathItem().post(post));

        Operation get = new Operation().addTagsItem(TAG).operationId("getRecordStatus")
                .summary("Consultar el estado de un registro")
                .description("Solo para el dispositivo del auxiliar que lo envió. Un registro de otro auxiliar, uno de "
                        + "Mi Apoyo (su ciudadano lo consulta con el código de recibo en GET /api/v1/mi-apoyo/{receiptCode}) "
                        + "y uno que no existe responden el mismo 404.")
                .addParametersItem(new Parameter().name("recordId").in("path").required(true)
                        .schema(new Schema<String>().type("string").format("uuid")))
                .addParametersItem(new Parameter().name(RecordsApi.DEVICE_TOKEN_HEADER).in("header").required(true)
                        .description("El token del auxiliar que envió el registro (POST /api/v1/auxiliares/registro).")
                        .schema(new Schema<String>().type("string")))
                .responses(new ApiResponses()
                        .addApiResponse("200", receipt("Estado actual", "PARA_COMPULSA", null))
                        .addApiResponse("404", problem("Registro inexistente, o no enviado desde este dispositivo",
                                "REGISTRO_NO_ENCONTRADO", "No existe el registro '0b6f1c2e-6f0a-4a57-9d8e-3d2b1f9e7c11'."))
                        .addApiResponse("503", unavailable()));
        openApi.path("/api/v1/records/{recordId}", new PathItem().get(get));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static ApiResponse receipt(String description, String status, String receiptCode) {
        Map<String, String> example = new java.util.LinkedHashMap<>(Map.of(
                "recordId", "5f1d7c38-3a8e-4b57-a0c4-8f1f0a9d2e11", "status", status));
        if (receiptCode != null) {
            example.put("receiptCode", receiptCode);
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(JSON,
                new MediaType().schema(ref("RecordReceipt")).example(example)));
    }

    /** A refusal: an RFC 9457 problem detail with our code (see ApiProblem.Body, «Problema»). */
    private static ApiResponse problem(String description, String code, String message) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(ref("Problema"))
                        .example(Map.of("code", code, "detail", message, "message", message))));
    }

    /** The database out of reach for a moment (a restart): nothing was stored, the app retries. */
    private static ApiResponse unavailable() {
        return problem("Base de datos inaccesible por un momento; nada se guardó. La app reintenta tras Retry-After "
                        + "segundos con el mismo submissionId", "SERVICIO_NO_DISPONIBLE",
                ApiProblems.toProblem(new org.springframework.transaction.CannotCreateTransactionException("")).getMessage())
                .addHeaderObject("Retry-After", new Header().description("Segundos antes de reintentar")
                        .schema(new Schema<Integer>().type("integer").example(ApiProblems.RETRY_AFTER_SECONDS)));
    }

    private static Example example() {
        return new Example().summary("Registro capturado por un auxiliar (imágenes abreviadas)").value(Map.of(
                "submissionId", "0b6f1c2e-6f0a-4a57-9d8e-3d2b1f9e7c11",
                "processCode", "APN-2026-RDP",
                "actorFolio", "F230617000000021",
                "auxiliarId", "AUX-0000001",
                "channel", "AUXILIAR",
                "capturedAt", "2026-11-20T17:45:00Z",
                "location", Map.of("lat", 19.4326, "lon", -99.1332),
                "citizen", Map.ofEntries(Map.entry("claveElector", "PRLPJN85031209H123"),
                        Map.entry("curp", "PELJ850312HDFRPN05"), Map.entry("nombre", "JUAN"),
                        Map.entry("apellidoPaterno", "PEREZ"), Map.entry("apellidoMaterno", "LOPEZ"),
                        Map.entry("fechaNacimiento", "1985-03-12"), Map.entry("sexo", "H"),
                        Map.entry("entidad", 9), Map.entry("seccion", 1234), Map.entry("vigencia", 2031)),
                "images", Map.of("anverso", "/9j/4AAQSkZJRgABAQ…", "reverso", "/9j/4AAQSkZJRgABAQ…",
                        "fotoViva", "/9j/4AAQSkZJRgABAQ…", "firma", "iVBORw0KGgoAAAANSUhEUg…")));
    }
}
