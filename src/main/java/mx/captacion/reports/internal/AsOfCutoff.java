package mx.captacion.reports.internal;

import java.sql.Timestamp;

/**
 * "The status as of the cut-off", as every report reads it from a status history
 * ({@code record_status_history}, {@code auxiliar_status_history}): the row whose interval
 * [valid_from, valid_to) contains the cut-off, valid_to null while the status still holds. Written
 * once so that no two reports disagree on an edge (a change at exactly the cut-off counts) and every
 * query keeps the shape the (actor_id, valid_from) indexes serve with one range scan.
 */
public final class AsOfCutoff {

    /** The condition on an unaliased history table; binds the cut-off twice (see {@link #params}). */
    public static final String IN_FORCE = inForce("");

    private AsOfCutoff() {
    }

    /** The condition on the history table aliased {@code alias}; binds the cut-off twice. */
    public static String inForce(String alias) {
        String c = alias.isEmpty() ? "" : alias + ".";
        return c + "valid_from <= ? and (" + c + "valid_to is null or " + c + "valid_to > ?)";
    }

    /** The parameters of {@code actor_id = ? and } followed by the condition. */
    public static Object[] params(long actorId, Timestamp cutoff) {
        return new Object[] {actorId, cutoff, cutoff};
    }
}
