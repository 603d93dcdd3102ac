package mx.captacion.retention.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The irreversible values that replace a purged clave de elector: HMAC-SHA256 under a random key
 * drawn for one purge run and never stored, cut to 18 lower-case hexadecimal characters (72 bits).
 * Within a run the same clave always gets the same stand-in, so the primary key of
 * {@code counted_citizen} and the records of one citizen still agree; without the key, which dies
 * with the run, nobody can tell which clave it was, even by trying every clave. Lower-case
 * hexadecimal is never a well-formed clave (upper-case letters and digits), which is also how the
 * bitácora's guard recognises the one change it allows.
 */
final class StandIns {

    static final int LENGTH = 18;

    private final Mac mac;

    private StandIns(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("El JDK no ofrece HmacSHA256", e);
        }
    }

    /** A fresh key for one run. */
    static StandIns drawn() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new StandIns(key);
    }

    /** The stand-in of a clave (itself when it already is one: a purge run again changes nothing). */
    synchronized String of(String clave) {
        if (isStandIn(clave)) {
            return clave;
        }
        byte[] digest = mac.doFinal(clave.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, LENGTH);
    }

    static boolean isStandIn(String value) {
        return value != null && value.matches("[0-9a-f]{" + LENGTH + "}");
    }
}
