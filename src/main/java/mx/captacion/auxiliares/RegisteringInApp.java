package mx.captacion.auxiliares;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.ActorLookup;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.auxiliares.internal.AuxiliarRejection;
import mx.captacion.auxiliares.internal.DeviceTokens;
import mx.captacion.identity.ClaveElector;
import mx.captacion.platform.BlobStore;
import mx.captacion.platform.ImageFiles;
import mx.captacion.platform.ImageLimits;

/**
 * An auxiliar's registration in the mobile app: checks the request, keeps the credential images,
 * issues the device token and tells the lifecycle, which then has INE review the auxiliar. Each
 * refusal says what the auxiliar can do about it.
 */
@Service
public class RegisteringInApp {

    private final Auxiliares auxiliares;
    private final ActorLookup actors;
    private final BlobStore blobs;
    private final RuntimeService runtime;
    private final Clock clock;
    private final int maxImageBytes;

    RegisteringInApp(Auxiliares auxiliares, ActorLookup actors, BlobStore blobs,
                     RuntimeService runtime, Clock clock, ImageLimits images) {
        this.auxiliares = auxiliares;
        this.actors = actors;
        this.blobs = blobs;
        this.runtime = runtime;
        this.clock = clock;
        this.maxImageBytes = images.maxBytes();
    }

    @Transactional
    public AppRegistration.Receipt register(AppRegistration request) {
        String auxiliarId = required("auxiliarId", request.auxiliarId()).trim();
        String clave = required("claveElector", request.claveElector()).trim().toUpperCase();
        if (!ClaveElector.isWellFormed(clave)) {
            throw AuxiliarRejection.DATO_INVALIDO.problemSaying("claveElector", "claveElector");
        }
        byte[] anverso = image("anverso", required("anverso", request.anverso()));
        byte[] reverso = image("reverso", required("reverso", request.reverso()));

        Auxiliar auxiliar = auxiliares.lockByAuxiliarId(auxiliarId)
                .orElseThrow(() -> AuxiliarRejection.ID_DESCONOCIDO.problem(auxiliarId));
        switch (auxiliar.getStatus()) {
            case BAJA -> throw (auxiliar.getBajaCause() == BajaCause.REGISTRO_EN_APP_VENCIDO
                    ? AuxiliarRejection.PLAZO_DE_REGISTRO_VENCIDO : AuxiliarRejection.ID_DADO_DE_BAJA).problem(auxiliarId);
            case ACTIVO_REGISTRADO_EN_APP -> throw AuxiliarRejection.YA_REGISTRADO_EN_APP.problem(auxiliarId);
            case ACTIVO_SIN_REGISTRO_EN_APP -> { }
        }
        String token = DeviceTokens.issue();
        Instant now = clock.instant();
        auxiliar.registerInApp(clave, blobs.put(anverso), blobs.put(reverso), DeviceTokens.hash(token), now);
        auxiliares.save(auxiliar);
        runtime.createMessageCorrelation(AuxiliarLifecycle.MSG_REGISTERED_IN_APP)
                .processInstanceBusinessKey(auxiliarId)
                .correlateWithResult();
        PoliticalActor actor = actors.byId(auxiliar.getActorId());
        return new AppRegistration.Receipt(auxiliarId, token, auxiliar.getStatus(), actor.getName(),
                actor.getFolio().value());
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw AuxiliarRejection.DATO_INVALIDO.problem(field);
        }
        return value;
    }

    private byte[] image(String side, String base64) {
        if ((long) base64.length() * 3 / 4 > maxImageBytes + 3L) {
            throw AuxiliarRejection.CREDENCIAL_DEMASIADO_GRANDE.problem(side, maxImageBytes / 1024);
        }
        byte[] bytes;
        try {
            bytes = ImageFiles.decodeBase64(base64);
        } catch (IllegalArgumentException e) {
            throw AuxiliarRejection.CREDENCIAL_NO_BASE64.problem(side);
        }
        if (bytes.length > maxImageBytes) {
            throw AuxiliarRejection.CREDENCIAL_DEMASIADO_GRANDE.problem(side, maxImageBytes / 1024);
        }
        if (ImageFiles.format(bytes).isEmpty()) {
            throw AuxiliarRejection.CREDENCIAL_NO_ES_JPEG_PNG.problem(side);
        }
        return bytes;
    }
}
