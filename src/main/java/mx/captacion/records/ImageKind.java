package mx.captacion.records;

import java.util.Arrays;
import java.util.Optional;

/** The four images of a record, with their names in the API and for people. */
public enum ImageKind {
    ANVERSO("anverso", "anverso de la credencial"),
    REVERSO("reverso", "reverso de la credencial"),
    FOTO_VIVA("fotoViva", "fotografía viva"),
    FIRMA("firma", "firma");

    private final String apiName;
    private final String label;

    ImageKind(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public static Optional<ImageKind> byApiName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.apiName.equals(name)).findFirst();
    }
}
