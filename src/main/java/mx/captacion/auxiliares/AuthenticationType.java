package mx.captacion.auxiliares;

/** How the auxiliar signs in to the mobile app; changing it means a baja and a new alta (seed table 5). */
public enum AuthenticationType {
    CORREO("Correo electrónico y contraseña"),
    GOOGLE("Cuenta de Google"),
    FACEBOOK("Cuenta de Facebook");

    private final String label;

    AuthenticationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
