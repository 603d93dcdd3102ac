package mx.captacion.reports.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How well each auxiliar of an actor captures, as of a cut-off: the share of its records judged
 * inconsistent or duplicated, those flagged for an image found in another citizen's record, and captures closer together than a real capture can be made
 * (credential front and back, live photo and signature take more than {@code minimumInterval}).
 */
public record AuxiliarQuality(String folio, String actor, Instant cutoff, Duration minimumInterval,
                              List<Row> auxiliares) {

    /**
     * One auxiliar, by its public ID ({@code auxiliarId}, AUX-…). Shares are percentages of {@code registros} with one decimal; {@code masRapida}
     * is the shortest interval between two of its captures, in seconds, null with fewer than two.
     * {@code conImagenReutilizada} counts its records received by the cut-off that are flagged now
     * (the flag has no history: a record is flagged when a later one is screened).
     */
    public record Row(String auxiliarId, String nombre, String estatus, long registros, long conInconsistencia,
                      long duplicados, double porcentajeInconsistencia, double porcentajeDuplicados,
                      long capturasDemasiadoRapidas, Long masRapida, long conImagenReutilizada,
                      double porcentajeImagenReutilizada) {

        /** Worth a look: inconsistencies or duplicates above the threshold, impossible captures or a reused image. */
        public boolean enObservacion(double thresholdPercent) {
            return capturasDemasiadoRapidas > 0 || conImagenReutilizada > 0 || porcentajeInconsistencia + porcentajeDuplicados > thresholdPercent;
        }
    }
}
