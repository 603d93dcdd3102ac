package mx.captacion.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the platform's CPU went, by stage of a record's path, from the execution samples of a JFR
 * recording of the platform ({@code bench/ingestion.sh} starts it with one): each sample is given to
 * the first stage whose mark is found walking its stack from the innermost frame out, on the
 * thread that took it. The shares of the samples are scaled to the CPU per record of the JVM's Java
 * threads (the JIT compiler's and the garbage collector's are counted apart); time a thread spends in
 * native code (libjpeg's decoding, zlib) is not sampled and is spread over the stages in proportion.
 */
final class StageProfile {

    /** A stage: its name, which threads it is on, and what marks it in a frame's class name. */
    private record Stage(String name, Predicate<String> thread, Predicate<String> frameClass) {
    }

    private static final Predicate<String> RECEPTION = thread -> thread.startsWith("http-nio");
    private static final Predicate<String> INTAKE = thread -> thread.contains("record-intake");
    private static final Predicate<String> ANY = frame -> true;

    private static final List<Stage> STAGES = List.of(
            new Stage("reception: JSON, Base64, image headers", RECEPTION,
                    c -> c.startsWith("com.fasterxml.jackson") || c.startsWith("java.util.Base64")
                            || c.equals("mx.captacion.platform.ImageFiles")),
            new Stage("reception: images stored (SHA-256, AES-GCM, files)", RECEPTION,
                    c -> c.equals("mx.captacion.platform.internal.FileSystemBlobStore") || c.equals("mx.captacion.platform.internal.BlobCipher")
                            || c.equals("mx.captacion.benchmark.RecordPathFloor$Blobs")),
            new Stage("reception: database (JPA, JDBC)", RECEPTION,
                    c -> c.startsWith("org.hibernate") || c.startsWith("org.postgresql") || c.startsWith("com.zaxxer")
                            || c.startsWith("org.springframework.jdbc")),
            new Stage("reception: HTTP, security, Camel, validation", RECEPTION, ANY),
            // startsWith: the hash's nested pixel readers and its JPEG decoders are the hash's time too (an exact
            // match gave their samples to the automated processing, a third of the intake's)
            new Stage("intake: perceptual hash (JPEG decode + hash)", INTAKE,
                    c -> c.startsWith("mx.captacion.records.internal.PerceptualHash") || c.startsWith("mx.captacion.records.internal.JpegDcLuma")
                            || c.startsWith("javax.imageio")
                            || c.startsWith("com.sun.imageio") || c.startsWith("sun.awt.image") || c.startsWith("java.awt.image")),
            new Stage("intake: screening rules (DMN)", INTAKE,
                    c -> c.startsWith("org.camunda.bpm.dmn") || c.startsWith("org.camunda.feel")
                            || c.startsWith("camundajar") || c.equals("mx.captacion.platform.internal.DecisionsOncePerInput")),
            new Stage("intake: automated processing (checks, reuse look-up, JPA)", INTAKE,
                    c -> c.startsWith("mx.captacion.") && !c.startsWith("mx.captacion.records.TakingInRecords")
                            && !c.startsWith("mx.captacion.records.internal.IntakeQueue")
                            // the engine's command interceptor of ours: every engine call runs inside it
                            && !c.startsWith("mx.captacion.platform.internal.TaskFormRefusals")),
            new Stage("intake: Camunda engine (process start, task, history)", INTAKE, c -> c.startsWith("org.camunda.bpm.engine")),
            new Stage("intake: queue, transaction commit, Camel", INTAKE, ANY),
            new Stage("other threads (job executor, timers, monitoring)", thread -> true, ANY));

    private StageProfile() {
    }

    /** Samples per stage of a whole recording: {@code java -cp … mx.captacion.benchmark.StageProfile file.jfr}. */
    public static void main(String[] args) throws IOException {
        Map<String, Long> counts = samples(Path.of(args[0]), Instant.MIN, Instant.MAX);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        counts.forEach((stage, count) -> System.out.printf("    %-62s %6d  (%4.1f %%)%n", stage, count, 100.0 * count / total));
    }

    /** Samples per stage between the two instants, in {@link #STAGES}' order. */
    static Map<String, Long> samples(Path recording, Instant from, Instant to) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        STAGES.forEach(stage -> counts.put(stage.name(), 0L));
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                        || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)
                        || event.getStackTrace() == null) {
                    continue;
                }
                String thread = event.getThread("sampledThread") == null ? "" : event.getThread("sampledThread").getJavaName();
                counts.merge(stageOf(thread == null ? "" : thread, event.getStackTrace().getFrames()).name(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Stage stageOf(String thread, List<RecordedFrame> frames) {
        List<Stage> candidates = STAGES.stream().filter(stage -> stage.thread().test(thread)).toList();
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Stage stage : candidates) {
                if (stage.frameClass() != ANY && stage.frameClass().test(type)) {
                    return stage;
                }
            }
        }
        return candidates.stream().filter(stage -> stage.frameClass() == ANY).findFirst().orElseThrow();
    }
}
