package mx.captacion.records;

/** One problem detected in a captured record, with a message ready to show to the capturist. */
public record Finding(FindingCode code, String message) {
}
