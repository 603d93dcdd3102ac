package mx.captacion.mail.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMails extends JpaRepository<OutboxMail, Long> {

    /**
     * Due pending mails, oldest first, locked; rows another node holds are skipped, so several
     * nodes polling one database never send a mail twice.
     */
    @Query(value = """
            select * from captacion.mail_outbox
            where status = 'PENDIENTE' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<OutboxMail> lockDue(Instant now, int limit);

    List<OutboxMail> findTop100ByOrderByIdDesc();

    List<OutboxMail> findTop100ByStatusOrderByIdDesc(MailStatus status);
}
