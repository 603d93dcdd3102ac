package mx.captacion.records;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The receipt a Mi Apoyo citizen gets: 12 symbols from an alphabet without look-alikes (no 0/O,
 * 1/I/L, U/V), about 58 bits drawn by a {@link SecureRandom}, so a code cannot be guessed. Shown
 * grouped ({@code MA-7KQ4-X9PT-3HDR}); read back forgiving case, spaces, hyphens and the prefix.
 */
public record ReceiptCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    static final int LENGTH = 12;
    private static final String PREFIX = "MA";
    private static final SecureRandom RANDOM = new SecureRandom();

    public ReceiptCode {
        if (value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("Código de recibo inválido: " + value);
        }
    }

    public static ReceiptCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ReceiptCode(code.toString());
    }

    /** What a person typed, or empty when it cannot be a receipt code. */
    public static Optional<ReceiptCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String symbols = typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (symbols.length() == PREFIX.length() + LENGTH && symbols.startsWith(PREFIX)) {
            symbols = symbols.substring(PREFIX.length());
        }
        String candidate = symbols;
        boolean valid = candidate.length() == LENGTH && candidate.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
        return valid ? Optional.of(new ReceiptCode(candidate)) : Optional.empty();
    }

    /** As printed for the citizen: {@code MA-XXXX-XXXX-XXXX}. */
    @Override
    public String toString() {
        return PREFIX + "-" + value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }
}
