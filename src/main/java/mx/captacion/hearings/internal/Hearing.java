package mx.captacion.hearings.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import mx.captacion.platform.Cutoffs;

/**
 * The garantía de audiencia of one capture process: a window of whole days in central Mexico
 * time, from the day it was opened to the end of its last day, in which actors contest records.
 */
@Entity
public class Hearing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private Instant openedAt;
    private String openedBy;
    private int windowDays;
    private Instant deadline;

    protected Hearing() {
    }

    Hearing(Long processId, Instant openedAt, String openedBy, int windowDays) {
        if (windowDays < 1) {
            throw new IllegalArgumentException("El plazo debe ser de al menos un día");
        }
        this.processId = processId;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.windowDays = windowDays;
        this.deadline = deadlineOf(openedAt, windowDays);
    }

    /**
     * The last instant of the window: the day of opening counts as the first of {@code days}, so a
     * window of 10 days opened on the 1st ends on the 10th at 23:59:59 (the INE's "días naturales").
     */
    static Instant deadlineOf(Instant openedAt, int days) {
        LocalDate lastDay = LocalDate.ofInstant(openedAt, Cutoffs.ZONE).plusDays(days - 1L);
        return lastDay.plusDays(1).atStartOfDay(Cutoffs.ZONE).toInstant().minusSeconds(1);
    }

    boolean isOpenAt(Instant instant) {
        return !instant.isAfter(deadline);
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public int getWindowDays() {
        return windowDays;
    }

    public Instant getDeadline() {
        return deadline;
    }
}
