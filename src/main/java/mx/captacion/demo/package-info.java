/**
 * The zero-setup demo: synthetic people, images and submissions, the seed's replay, and the data a
 * first run shows. Active only under the {@code demo} profile (platform.DemoProfile), which the
 * embedded default run turns on and a production configuration leaves off. It only uses the other
 * modules' APIs; no module uses it (the tests and benchmarks use its synthetic generators).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Datos de demostración (demo)")
package mx.captacion.demo;
