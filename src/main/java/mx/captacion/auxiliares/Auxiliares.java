package mx.captacion.auxiliares;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import mx.captacion.auxiliares.internal.SearchText;

/**
 * Auxiliares by their database key ({@code Long}, what records and histories point at) or by their
 * public {@link AuxiliarId}; the {@code String} forms take the ID as typed in the auxiliares module's own
 * pages and APIs.
 */
public interface Auxiliares extends JpaRepository<Auxiliar, Long> {

    @Query("select x from Auxiliar x where x.auxiliarId = :auxiliarId")
    Optional<Auxiliar> findByAuxiliarId(String auxiliarId);

    /** The auxiliar holding a public ID; the query the other modules use (records, helpdesk). */
    default Optional<Auxiliar> findByAuxiliarId(AuxiliarId auxiliarId) {
        return findByAuxiliarId(auxiliarId.value());
    }

    @Query("select x from Auxiliar x where x.actorId = :actorId and x.auxiliarId = :auxiliarId")
    Optional<Auxiliar> findOfActor(Long actorId, String auxiliarId);

    /** Locks the row: a baja, an app registration and the INE review of one auxiliar happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select x from Auxiliar x where x.auxiliarId = :auxiliarId")
    Optional<Auxiliar> lockByAuxiliarId(String auxiliarId);

    default Optional<Auxiliar> lockByAuxiliarId(AuxiliarId auxiliarId) {
        return lockByAuxiliarId(auxiliarId.value());
    }

    @Query("""
            select x from Auxiliar x where x.actorId = :actorId and lower(x.email) = lower(:email)
            and x.status <> mx.captacion.auxiliares.AuxiliarStatus.BAJA""")
    Optional<Auxiliar> findActiveByEmail(Long actorId, String email);

    /**
     * An actor's auxiliares whose ID, name or e-mail contains the text (already normalized, see
     * {@link SearchText}), optionally in one status.
     */
    @Query("""
            select x from Auxiliar x where x.actorId = :actorId
            and (:status is null or x.status = :status)
            and (:text is null or x.searchText like :text)""")
    Page<Auxiliar> search(Long actorId, String text, AuxiliarStatus status, Pageable pageable);

    @Query("select x.status, count(x) from Auxiliar x where x.actorId = :actorId group by x.status")
    List<Object[]> countByStatus(Long actorId);
}
