package mx.captacion.records.internal;

import java.time.Instant;
import java.util.UUID;

import mx.captacion.records.InconsistencyType;
import mx.captacion.records.RecordStatus;
import mx.captacion.roll.RegistralStatus;

/**
 * A record's status changed (or, restored but outweighed, its registral status did): what its history
 * row says, taken when the change happened, and the instant the use case gave it — the platform clock's,
 * which the seed replay pins, so the history keeps the instants the reports are built on. The auxiliar is
 * its database key (history column {@code auxiliar_id}), not its public ID.
 */
public record RecordStatusChanged(UUID recordId, Long actorId, RecordStatus status,
                                  InconsistencyType inconsistencyType, RegistralStatus registralStatus, int entidad,
                                  Long auxiliarKey, Instant at) {
}
