package mx.captacion.records.internal;

import mx.captacion.records.ImageKind;

/**
 * One problem detected in a captured record, with a message ready to show to the capturist.
 *
 * @param image the image it is about, for the image checks; null otherwise
 */
public record Finding(FindingCode code, String message, ImageKind image) {

    public Finding(FindingCode code, String message) {
        this(code, message, null);
    }

    /** How the screening rules ({@code record-screening.dmn}) name it: the code, and the image if any. */
    public String key() {
        return image == null ? code.name() : code.name() + ":" + image.name();
    }
}
