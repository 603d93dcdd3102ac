package mx.captacion.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of processes on this Linux machine, read from {@code /proc}: the platform's JVM and
 * PostgreSQL's processes (backends, writers, autovacuum). CPU per record is steadier than a rate on
 * a shared machine. A backend that ends during the run is counted through the postmaster, which
 * reaps it (its children's time).
 */
final class CpuTime {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux x86-64). */
    private static final long TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    /** User and system CPU of the process, in nanoseconds; -1 when it cannot be read. */
    static long ofProcess(long pid) {
        long[] fields = fields(Path.of("/proc", Long.toString(pid), "stat"));
        return fields == null ? -1 : ticksToNanos(fields[0] + fields[1]);
    }

    /** Kinds of a JVM's threads, by what they do for a record. */
    static final int JIT = 0, GC = 1, REQUEST = 2, INTAKE = 3, OTHER = 4;

    /**
     * Each live thread of a JVM: its id → {kind, user and system CPU in nanoseconds}, kernel time included
     * (what JFR's execution samples do not see: file and socket I/O). Threads are told apart by the 15
     * characters of their name Linux keeps: the compilers, the collector's, Tomcat's {@code http-nio-…},
     * the intake's Camel scheduler threads ({@code Camel (camel-1)}; the platform's other Camel threads are
     * idle during a run) and the record-path floor's {@code floor-record-intake-…}. A thread that ends
     * leaves {@code /proc}: read it often and keep each thread's last figure (Tomcat ends idle request
     * threads once the posts are over).
     */
    static Map<Long, long[]> ofJvmThreads(long pid) {
        Map<Long, long[]> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                long[] fields = fields(task.resolve("stat"));
                if (fields == null) {
                    return;
                }
                String name = comm(task);
                int kind = name.startsWith("C2 Compiler") || name.startsWith("C1 Compiler") ? JIT
                        : name.startsWith("GC Thread") || name.startsWith("G1 ") ? GC
                        : name.startsWith("http-nio") ? REQUEST
                        : name.startsWith("Camel (camel") || name.startsWith("floor-record-in") ? INTAKE : OTHER;
                threads.put(Long.parseLong(task.getFileName().toString()),
                        new long[] {kind, ticksToNanos(fields[0] + fields[1])});
            });
        } catch (IOException | UncheckedIOException e) {
            // the JVM ended: no threads
        }
        return threads;
    }

    /** CPU per kind of thread between two sets of readings (a thread absent from the first started in between). */
    static long[] byKind(Map<Long, long[]> first, Map<Long, long[]> last) {
        long[] split = new long[5];
        last.forEach((tid, now) -> split[(int) now[0]] += now[1] - (first.containsKey(tid) ? first.get(tid)[1] : 0));
        return split;
    }

    /** User and system CPU of every {@code postgres} process, ended children included, in nanoseconds. */
    static long ofPostgres() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return ticksToNanos(procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> "postgres".equals(comm(p)))
                    .map(p -> fields(p.resolve("stat")))
                    .filter(f -> f != null)
                    .mapToLong(f -> f[0] + f[1] + f[2] + f[3])
                    .sum());
        } catch (IOException e) {
            return -1;
        }
    }

    private static String comm(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** utime, stime, cutime, cstime (fields 14–17 of {@code stat}, after the command's closing parenthesis). */
    private static long[] fields(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] after = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // after[0] is field 3 (state): field n is after[n - 3]
            return new long[] {Long.parseLong(after[11]), Long.parseLong(after[12]),
                    Long.parseLong(after[13]), Long.parseLong(after[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long ticksToNanos(long ticks) {
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }
}
