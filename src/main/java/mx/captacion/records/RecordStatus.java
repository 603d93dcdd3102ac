package mx.captacion.records;

/** A citizen record's status; the first five are the columns of the seed's table 6. */
public enum RecordStatus {
    EN_PROCESAMIENTO,
    EN_MESA_DE_CONTROL,
    PARA_COMPULSA,
    DUPLICADO,
    CON_INCONSISTENCIA,
    /** Found in the lista nominal at the compulsa. */
    VALIDO,
    /** Not valid at the compulsa, with a registral status. */
    NO_VALIDO
}
