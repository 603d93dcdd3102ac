package mx.captacion.auxiliares;

/** Seed table 4's columns. */
public enum AuxiliarStatus {
    /** Alta done in the portal; not yet registered in the mobile app. */
    ACTIVO_SIN_REGISTRO_EN_APP,
    /** Registered in the mobile app: may send records. */
    ACTIVO_REGISTRADO_EN_APP,
    BAJA
}
