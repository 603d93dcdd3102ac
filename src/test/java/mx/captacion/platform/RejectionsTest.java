package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every module's refusals say something: each code of each {@link Rejection} enum has its message in
 * the bundle, every message that takes arguments is a MessageFormat that renders them all, and no
 * message in the bundle names a code that does not exist.
 */
class RejectionsTest {

    private final Properties bundle = bundle();

    @Test
    void everyCodeHasItsMessageAndEveryMessageRendersItsArguments() throws ClassNotFoundException {
        List<Rejection> rejections = rejections();
        assertThat(rejections).extracting(Rejection::name).contains("JSON_MAL_FORMADO", "CORTE_INVALIDO");

        List<String> problems = new ArrayList<>();
        for (Rejection rejection : rejections) {
            for (String key : keysOf(rejection)) {
                String message = bundle.getProperty(key);
                if (message == null || message.isBlank()) {
                    problems.add(key + ": sin mensaje");
                    continue;
                }
                Format[] formats = new MessageFormat(message).getFormatsByArgumentIndex();
                if (formats.length == 0) {
                    continue; // rendered as written (Spring applies no MessageFormat without arguments)
                }
                Object[] arguments = Arrays.stream(formats)
                        .map(format -> format instanceof NumberFormat ? (Object) 7 : "x").toArray();
                String rendered = new MessageFormat(message).format(arguments);
                if (rendered.contains("{") || message.replace("''", "").contains("'")) {
                    problems.add(key + ": «" + message + "» (un apóstrofo se escribe '' en un mensaje con argumentos)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noMessageNamesACodeThatDoesNotExist() throws ClassNotFoundException {
        Set<String> codes = rejections().stream()
                .map(r -> Rejection.moduleOf(r.getClass()) + ".problema." + r.name()).collect(Collectors.toSet());
        Set<String> orphans = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            int at = key.indexOf(".problema.");
            if (at > 0 && !key.startsWith("problema.")) {
                String code = key.substring(0, key.indexOf('.', at + ".problema.".length()) < 0
                        ? key.length() : key.indexOf('.', at + ".problema.".length()));
                if (!codes.contains(code)) {
                    orphans.add(key);
                }
            }
        }
        assertThat(orphans).isEmpty();
    }

    @Test
    void aMessageWithArgumentsIsRenderedWithThem() {
        assertThat(PlatformRejection.PARAMETRO_FALTANTE.problem("corte").getMessage())
                .isEqualTo("Falta el parámetro 'corte'.");
        assertThat(PlatformRejection.CORTE_INVALIDO.problemSaying("portal").getMessage())
                .isEqualTo("El corte no es una fecha y hora válida.");
    }

    /** The message's key and its variants' ({@code <key>.<variant>}). */
    private List<String> keysOf(Rejection rejection) {
        List<String> keys = new ArrayList<>(List.of(rejection.messageKey()));
        bundle.stringPropertyNames().stream().filter(k -> k.startsWith(rejection.messageKey() + ".")).forEach(keys::add);
        return keys;
    }

    static List<Rejection> rejections() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Rejection.class));
        List<Rejection> rejections = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("mx.captacion")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    rejections.add((Rejection) constant);
                }
            }
        }
        return rejections;
    }

    private static Properties bundle() {
        Properties properties = new Properties();
        try (InputStream in = RejectionsTest.class.getResourceAsStream("/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
