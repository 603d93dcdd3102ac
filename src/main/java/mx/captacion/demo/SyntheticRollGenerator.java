package mx.captacion.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import mx.captacion.roll.RegistralStatus;
import mx.captacion.roll.RollFile;

/**
 * Writes a synthetic lista nominal extract in the {@link RollFile} format, for demos, tests and the
 * import benchmark: fictitious citizens of {@link SyntheticCitizens}, plus a share of bad lines,
 * each broken in one of the ways the import reports. (In {@code demo}, beside the citizens it
 * draws, because {@code demo} already depends on {@code roll}.)
 *
 * <pre>
 *   bench/generate-roll.sh 1000000 target/padron.csv 0.01
 * </pre>
 */
public final class SyntheticRollGenerator {

    /** What a generated file holds. */
    public record Summary(long goodLines, long badLines) {
    }

    private final long seed;
    private final double badShare;

    public SyntheticRollGenerator(long seed, double badShare) {
        if (badShare < 0 || badShare > 1) {
            throw new IllegalArgumentException("La proporción de líneas erróneas debe estar entre 0 y 1");
        }
        this.seed = seed;
        this.badShare = badShare;
    }

    public Summary write(Path file, long lines) throws IOException {
        SyntheticCitizens citizens = new SyntheticCitizens(seed);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        long bad = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(RollFile.HEADER);
            out.write('\n');
            for (long i = 0; i < lines; i++) {
                String line = RollFile.line(citizens.next().inRoll(status(random)));
                if (random.nextDouble() < badShare) {
                    line = broken(line, random.nextInt(8));
                    bad++;
                }
                out.write(line);
                out.write('\n');
            }
        }
        return new Summary(lines - bad, bad);
    }

    private static RegistralStatus status(Random random) {
        int roll = random.nextInt(100);
        return roll < 97 ? RegistralStatus.EN_LISTA_NOMINAL
                : roll < 99 ? RegistralStatus.BAJA_POR_DEFUNCION : RegistralStatus.SUSPENSION_DE_DERECHOS_POLITICOS;
    }

    /** The line with one defect; synthetic names hold no commas, so splitting on them is safe here. */
    private static String broken(String line, int defect) {
        String[] f = line.split(",", -1);
        switch (defect) {
            case 0 -> f[0] = "123456" + f[0].substring(6);           // clave without its letters
            case 1 -> f[4] = f[4].substring(0, 5) + "02-30";         // 30 February
            case 2 -> f[5] = "Z";
            case 3 -> f[6] = "45";
            case 4 -> f[1] = "";
            case 5 -> f[7] = "0";
            case 6 -> f[8] = "VIGENTE";
            default -> {
                return line.substring(0, line.lastIndexOf(','));    // a field short
            }
        }
        return String.join(",", f);
    }

    /** {@code SyntheticRollGenerator <lines> <file> [badShare=0.01] [seed=1]} */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Uso: SyntheticRollGenerator <líneas> <archivo.csv> [proporción de líneas erróneas=0.01] [semilla=1]");
            System.exit(2);
        }
        long lines = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        double badShare = args.length > 2 ? Double.parseDouble(args[2]) : 0.01;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        long t0 = System.nanoTime();
        Summary summary = new SyntheticRollGenerator(seed, badShare).write(file, lines);
        System.out.printf("%s: %d líneas correctas y %d erróneas en %.1f s%n", file, summary.goodLines(),
                summary.badLines(), (System.nanoTime() - t0) / 1e9);
    }
}
