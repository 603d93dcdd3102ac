package mx.captacion.roll.internal;

import java.time.Instant;

/** One import of a lista nominal file and its progress as of its last committed batch. */
public record RollImportJob(long id, String fileName, String storedPath, long fileBytes, RollImportStatus status,
                            long rowsRead, long rowsImported, long rowsRejected, long committedLine,
                            long committedByte, String startedBy, Instant startedAt, Instant finishedAt,
                            String error) {

    /** Share of the file's bytes committed, 0–100 with one decimal. */
    public double percent() {
        return fileBytes == 0 ? 100 : Math.floor(1000.0 * committedByte / fileBytes) / 10;
    }
}
