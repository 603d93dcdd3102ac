package mx.captacion.auxiliares;

import java.time.Instant;

/** Auxiliares as the module's own steps leave them, for tests of its inside that cannot take those steps. */
public final class AuxiliarFixtures {

    private AuxiliarFixtures() {
    }

    /** The auxiliar after its app registration with the given credential and instant. */
    public static Auxiliar registeredInApp(Auxiliar auxiliar, String claveElector, String anversoHash,
                                           String reversoHash, String deviceTokenHash, Instant at) {
        auxiliar.registerInApp(claveElector, anversoHash, reversoHash, deviceTokenHash, at);
        return auxiliar;
    }
}
