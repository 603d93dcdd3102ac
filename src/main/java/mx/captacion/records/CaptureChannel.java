package mx.captacion.records;

/** Who captured the record: an auxiliar with the app, or the citizen themself (Mi Apoyo). */
public enum CaptureChannel {
    AUXILIAR,
    MI_APOYO
}
