package mx.captacion.platform;

/**
 * The Spring profile of the zero-setup run: the demo's users and data ({@code mx.captacion.demo})
 * and an image key generated on the first run. The README's run command turns it on (the Spring
 * Boot Maven plugin's {@code spring-boot.run.profiles} in the pom); the jar starts without it, so a
 * production start never creates the demo's well-known accounts nor runs on a key nobody chose.
 */
public final class DemoProfile {

    public static final String NAME = "demo";

    private DemoProfile() {
    }
}
