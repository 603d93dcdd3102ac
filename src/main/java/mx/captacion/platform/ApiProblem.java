package mx.captacion.platform;

/**
 * A refusal the client can act on: a stable code for programs, an HTTP status and a Spanish
 * message for people. Thrown before anything is stored.
 */
public class ApiProblem extends RuntimeException {

    private final String code;
    private final int httpStatus;

    public ApiProblem(String code, int httpStatus, String message) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The JSON body every API answers errors with. */
    public record Body(String code, String message) {
    }

    public Body body() {
        return new Body(code, getMessage());
    }
}
