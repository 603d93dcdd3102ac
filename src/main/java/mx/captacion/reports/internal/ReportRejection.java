package mx.captacion.reports.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/** Why a report download is refused: the report or the format it names does not exist. */
enum ReportRejection implements Rejection {
    FORMATO_DESCONOCIDO(HttpStatus.NOT_FOUND),
    REPORTE_DESCONOCIDO(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    ReportRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
