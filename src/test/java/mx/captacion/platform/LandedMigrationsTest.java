package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A migration that has landed never changes: a database that ran its old text would no longer
 * start (Flyway validates checksums), so a fix is a new migration. {@code landed-migrations.txt}
 * keeps the checksum of every landed one; this test fails when one changed, was removed or
 * renamed, and when a new one has no line yet (it prints the line to add).
 */
class LandedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path LANDED = Path.of("src/test/resources/db/landed-migrations.txt");

    @Test
    void noLandedMigrationChangedAndEveryMigrationIsListed() throws IOException {
        Map<String, String> landed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LANDED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] nameAndSum = line.trim().split("\\s+");
                landed.put(nameAndSum[0], nameAndSum[1]);
            }
        }
        Map<String, String> present = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                present.put(file.getFileName().toString(), checksum(file));
            }
        }
        assertThat(landed).as("migraciones registradas").isNotEmpty();

        List<String> changed = landed.entrySet().stream()
                .filter(e -> present.containsKey(e.getKey()) && !present.get(e.getKey()).equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        List<String> gone = landed.keySet().stream().filter(name -> !present.containsKey(name)).toList();
        List<String> unlisted = present.entrySet().stream().filter(e -> !landed.containsKey(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        assertThat(changed).as("Migraciones ya publicadas que cambiaron; escriba una nueva migración en su lugar")
                .isEmpty();
        assertThat(gone).as("Migraciones ya publicadas que desaparecieron o cambiaron de nombre").isEmpty();
        assertThat(unlisted).as("Migraciones nuevas: agregue estas líneas a %s", LANDED).isEmpty();
    }

    /** SHA-256 of the text with Windows line endings folded, so a checkout's line endings do not matter. */
    private static String checksum(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
