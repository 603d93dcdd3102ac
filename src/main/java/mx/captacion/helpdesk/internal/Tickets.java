package mx.captacion.helpdesk.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import mx.captacion.helpdesk.TicketStatus;

public interface Tickets extends JpaRepository<Ticket, Long> {

    List<Ticket> findByActorIdOrderByOpenedAtDesc(Long actorId);

    List<Ticket> findTop200ByOrderByOpenedAtDesc();

    long countByStatus(TicketStatus status);

    @Query("select t from Ticket t where t.searchText like concat('%', :text, '%') and t.openedAt <= :cutoff order by t.openedAt")
    List<Ticket> search(@Param("text") String normalizedText, @Param("cutoff") Instant cutoff);

    @Query("select t from Ticket t where t.openedAt >= :from and t.openedAt <= :to"
            + " and (:actorId is null or t.actorId = :actorId) order by t.openedAt, t.id")
    List<Ticket> openedBetween(@Param("from") Instant from, @Param("to") Instant to, @Param("actorId") Long actorId);

    @Query(value = "select ticket_id from captacion.ticket_thread_key where thread_key = :key", nativeQuery = true)
    Optional<Long> findIdByThreadKey(@Param("key") String key);

    @Query(value = "insert into captacion.ticket_thread_key (thread_key, ticket_id, added_at) values (:key, :ticketId, :at)",
            nativeQuery = true)
    @Modifying
    void addThreadKey(@Param("key") String key, @Param("ticketId") Long ticketId, @Param("at") Instant at);

    @Query(value = "select thread_key from captacion.ticket_thread_key where ticket_id = :ticketId order by added_at, thread_key",
            nativeQuery = true)
    List<String> threadKeys(@Param("ticketId") Long ticketId);
}
