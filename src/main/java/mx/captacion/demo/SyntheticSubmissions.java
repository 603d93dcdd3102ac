package mx.captacion.demo;

import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

import mx.captacion.auxiliares.AppRegistration;
import mx.captacion.records.CaptureChannel;
import mx.captacion.records.RecordSubmission;

/**
 * Submissions as the mobile app would send them, of synthetic citizens: for the demo, the tests
 * and the benchmark. Images are drawn once per instance and reused, since drawing is slow.
 */
public final class SyntheticSubmissions {

    private final SyntheticCitizens citizens;
    private final Random random;
    private final String anverso;
    private final String reverso;
    private final String fotoViva;
    private final String firma;

    public SyntheticSubmissions(long seed, int approxImageBytes) {
        this.citizens = new SyntheticCitizens(seed);
        this.random = new Random(seed);
        Base64.Encoder base64 = Base64.getEncoder();
        this.anverso = base64.encodeToString(SyntheticImages.jpeg("CREDENCIAL DE MUESTRA — ANVERSO", approxImageBytes, seed));
        this.reverso = base64.encodeToString(SyntheticImages.jpeg("CREDENCIAL DE MUESTRA — REVERSO", approxImageBytes, seed + 1));
        this.fotoViva = base64.encodeToString(SyntheticImages.jpeg("FOTOGRAFÍA VIVA DE MUESTRA", approxImageBytes, seed + 2));
        this.firma = base64.encodeToString(SyntheticImages.png("FIRMA DE MUESTRA", approxImageBytes, seed + 3));
    }

    public SyntheticCitizens.SyntheticCitizen nextCitizen() {
        return citizens.next();
    }

    /** A complete, consistent submission of a new synthetic citizen. */
    public RecordSubmission next(String processCode, String folio, String auxiliarId, Instant capturedAt) {
        return of(nextCitizen(), processCode, folio, auxiliarId, capturedAt);
    }

    /** The submission of a given citizen (the same citizen twice makes a duplicate). */
    public RecordSubmission of(SyntheticCitizens.SyntheticCitizen c, String processCode, String folio,
                               String auxiliarId, Instant capturedAt) {
        CaptureChannel channel = auxiliarId == null ? CaptureChannel.MI_APOYO : CaptureChannel.AUXILIAR;
        return new RecordSubmission(UUID.randomUUID(), processCode, folio, auxiliarId, channel, capturedAt,
                new RecordSubmission.Location(19.0 + random.nextDouble() * 2, -99.5 + random.nextDouble() * 2),
                new RecordSubmission.Citizen(c.claveElector(), c.curp(), c.nombre(), c.apellidoPaterno(),
                        c.apellidoMaterno().isEmpty() ? null : c.apellidoMaterno(), c.fechaNacimiento(),
                        c.sexo().name(), Integer.valueOf(c.entidad().number()), c.seccion(), c.vigencia()),
                new RecordSubmission.Images(anverso, reverso, fotoViva, firma));
    }

    /** The app registration of an auxiliar who is this citizen: the clave and both sides of the credential. */
    public AppRegistration registrationOf(String auxiliarId, SyntheticCitizens.SyntheticCitizen c) {
        return new AppRegistration(auxiliarId, c.claveElector(), anverso, reverso);
    }

    /** The same submission with another vigencia (e.g. an expired credential). */
    public static RecordSubmission withVigencia(RecordSubmission s, int vigencia) {
        RecordSubmission.Citizen c = s.citizen();
        return new RecordSubmission(s.submissionId(), s.processCode(), s.actorFolio(), s.auxiliarId(), s.channel(),
                s.capturedAt(), s.location(),
                new RecordSubmission.Citizen(c.claveElector(), c.curp(), c.nombre(), c.apellidoPaterno(),
                        c.apellidoMaterno(), c.fechaNacimiento(), c.sexo(), c.entidad(), c.seccion(), vigencia),
                s.images());
    }
}
