package mx.captacion.roll.internal;

/** Where an import of a lista nominal file stands. */
public enum RollImportStatus {
    /** Running, or waiting for the import before it (one import runs at a time). */
    EN_CURSO,
    TERMINADA,
    FALLIDA,
    /** Stopped with the platform or on request; continues from its last committed batch. */
    INTERRUMPIDA
}
