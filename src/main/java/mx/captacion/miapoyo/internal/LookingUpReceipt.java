package mx.captacion.miapoyo.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.PoliticalActors;
import mx.captacion.records.CitizenRecordView;
import mx.captacion.records.ReadingRecords;
import mx.captacion.records.ReceiptCode;

/**
 * A citizen looks up their Mi Apoyo record with its receipt code and a check only they should
 * know: the last four characters of their clave de elector, or their birth date. A wrong code and
 * a wrong check answer the same, so the answer never tells that a code exists.
 */
@Service
public class LookingUpReceipt {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final ReadingRecords records;
    private final PoliticalActors actors;
    private final LookupAttempts attempts;
    private final MessageSource messages;

    LookingUpReceipt(ReadingRecords records, PoliticalActors actors, LookupAttempts attempts, MessageSource messages) {
        this.records = records;
        this.actors = actors;
        this.attempts = attempts;
        this.messages = messages;
    }

    /** {@code client} is who asks (their address), so one client cannot try codes without end. */
    @Transactional(readOnly = true)
    public ReceiptStatus lookUp(String typedCode, String verification, String client) {
        String code = ReceiptCode.parse(typedCode).map(ReceiptCode::value).orElse("?");
        attempts.checkAllowed(code, client);
        Optional<CitizenRecordView> found = ReceiptCode.parse(typedCode).flatMap(records::byReceiptCode)
                .filter(record -> verifies(record, verification));
        if (found.isEmpty()) {
            attempts.failed(code, client);
            throw MiApoyoRejection.RECIBO_NO_ENCONTRADO.problem();
        }
        CitizenRecordView record = found.get();
        return ReceiptStatus.of(record, actors.findById(record.actorId()).orElseThrow(), messages);
    }

    /** The last four of the clave de elector, or the birth date as 1985-03-12 or 12/03/1985. */
    static boolean verifies(CitizenRecordView record, String verification) {
        if (verification == null || verification.isBlank()) {
            return false;
        }
        String typed = verification.trim().toUpperCase(Locale.ROOT);
        return birthDate(typed).map(record.fechaNacimiento()::equals)
                .orElseGet(() -> typed.length() == 4 && record.claveElector().endsWith(typed));
    }

    private static Optional<LocalDate> birthDate(String typed) {
        try {
            return Optional.of(typed.contains("/") ? LocalDate.parse(typed, DAY_FIRST) : LocalDate.parse(typed));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
