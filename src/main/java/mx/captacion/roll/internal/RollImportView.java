package mx.captacion.roll.internal;

import java.time.Instant;

/** An import as the API shows it (the server-side path stays on the server). */
public record RollImportView(long id, String fileName, long fileBytes, RollImportStatus status, long rowsRead,
                             long rowsImported, long rowsRejected, long committedLine, double percent,
                             String startedBy, Instant startedAt, Instant finishedAt, String error) {

    static RollImportView of(RollImportJob j) {
        return new RollImportView(j.id(), j.fileName(), j.fileBytes(), j.status(), j.rowsRead(), j.rowsImported(),
                j.rowsRejected(), j.committedLine(), j.percent(), j.startedBy(), j.startedAt(), j.finishedAt(),
                j.error());
    }
}
