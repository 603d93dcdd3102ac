package mx.captacion.actors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A capture campaign with its period, e.g. APN 2022-2023 "Resto del País", 01/03/2022–31/01/2023. */
@Entity
public class CaptureProcess {

    /** Periods are calendar days in central Mexico time, as the INE publishes them. */
    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private LocalDate periodStart;
    private LocalDate periodEnd;

    protected CaptureProcess() {
    }

    public CaptureProcess(String code, String name, LocalDate periodStart, LocalDate periodEnd) {
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("El periodo termina antes de empezar");
        }
        this.code = code;
        this.name = name;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    /** Whether the instant falls on a day of the period, both ends included. */
    public boolean isWithinPeriod(Instant instant) {
        LocalDate day = instant.atZone(ZONE).toLocalDate();
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }
}
