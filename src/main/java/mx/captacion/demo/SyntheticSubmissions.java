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
 * and the benchmark. Each citizen has images of their own, drawn from their clave de elector (so
 * the same citizen sent twice sends the same images, as a re-sent record would), since different
 * people with the same picture are what the image reuse check flags. Finding an image size is
 * slow and done once per instance; each citizen then costs one encode per image.
 */
public final class SyntheticSubmissions {

    private final SyntheticCitizens citizens;
    private final Random random;
    private final SyntheticImages.Style anverso;
    private final SyntheticImages.Style reverso;
    private final SyntheticImages.Style fotoViva;
    private final SyntheticImages.Style firma;
    /** Set when every citizen shares one set of images (see {@link #sharingImages}). */
    private final RecordSubmission.Images shared;

    public SyntheticSubmissions(long seed, int approxImageBytes) {
        this(seed, approxImageBytes, false);
    }

    private SyntheticSubmissions(long seed, int approxImageBytes, boolean share) {
        this.citizens = new SyntheticCitizens(seed);
        this.random = new Random(seed);
        this.anverso = SyntheticImages.style(SyntheticImages.Layout.CREDENTIAL, "CREDENCIAL DE MUESTRA — ANVERSO",
                "jpg", approxImageBytes, seed);
        this.reverso = SyntheticImages.style(SyntheticImages.Layout.CREDENTIAL, "CREDENCIAL DE MUESTRA — REVERSO",
                "jpg", approxImageBytes, seed + 1);
        this.fotoViva = SyntheticImages.style(SyntheticImages.Layout.PORTRAIT, "FOTOGRAFÍA VIVA DE MUESTRA",
                "jpg", approxImageBytes, seed + 2);
        this.firma = SyntheticImages.style(SyntheticImages.Layout.SIGNATURE, "FIRMA DE MUESTRA",
                "png", approxImageBytes, seed + 3);
        this.shared = share ? draw(seed) : null;
    }

    /**
     * Every citizen with the same four images: for a load test that must not hold a set of images
     * per record. Every record after the first is then flagged for image reuse.
     */
    public static SyntheticSubmissions sharingImages(long seed, int approxImageBytes) {
        return new SyntheticSubmissions(seed, approxImageBytes, true);
    }

    /** The images of one citizen (always the same for the same clave de elector). */
    public RecordSubmission.Images imagesOf(SyntheticCitizens.SyntheticCitizen c) {
        return shared != null ? shared : draw(personSeed(c.claveElector()));
    }

    private RecordSubmission.Images draw(long person) {
        Base64.Encoder base64 = Base64.getEncoder();
        // one face on the credential's two sides and in the live photo, as a reviewer expects
        return new RecordSubmission.Images(base64.encodeToString(anverso.draw(person, person)),
                base64.encodeToString(reverso.draw(person, person + 1)),
                base64.encodeToString(fotoViva.draw(person, person + 2)),
                base64.encodeToString(firma.draw(person + 3)));
    }

    /** FNV-1a over the clave: 64 bits, so two claves practically never draw the same person. */
    private static long personSeed(String claveElector) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < claveElector.length(); i++) {
            hash = (hash ^ claveElector.charAt(i)) * 0x100000001b3L;
        }
        return hash;
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
                imagesOf(c));
    }

    /** The app registration of an auxiliar who is this citizen: the clave and both sides of the credential. */
    public AppRegistration registrationOf(String auxiliarId, SyntheticCitizens.SyntheticCitizen c) {
        RecordSubmission.Images images = imagesOf(c);
        return new AppRegistration(auxiliarId, c.claveElector(), images.anverso(), images.reverso());
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
