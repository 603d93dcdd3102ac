package mx.captacion.nota.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.platform.Cutoffs;

/**
 * The unattended nota informativa, called by {@code integration/nota.camel.yaml}: one PDF per actor
 * of a process at one cut-off, for the route to write to the export folder.
 */
@Component("notaExports")
class NotaExports {

    private static final Logger log = LoggerFactory.getLogger(NotaExports.class);

    /** One file to write: its name and its bytes. */
    public record Exported(String fileName, byte[] pdf) {
    }

    private final PoliticalActors actors;
    private final PreparingNota preparing;
    private final NotaPdf pdf;
    private final Clock clock;
    private final String defaultProcess;

    NotaExports(PoliticalActors actors, PreparingNota preparing, NotaPdf pdf, Clock clock,
                NotaSettings settings) {
        this.actors = actors;
        this.preparing = preparing;
        this.pdf = pdf;
        this.clock = clock;
        this.defaultProcess = settings.export().process();
    }

    /**
     * Headers (optional): {@code notaProcess} a process's code (else captacion.nota.export.process),
     * {@code notaCutoff} an ISO-8601 instant (else now).
     */
    public List<Exported> forProcess(@Header("notaProcess") String process, @Header("notaCutoff") String cutoff) {
        String code = process == null || process.isBlank() ? defaultProcess : process;
        if (code == null || code.isBlank()) {
            log.warn("No se generaron notas informativas: falta captacion.nota.export.process");
            return List.of();
        }
        Instant at = Cutoffs.fromApi(cutoff, clock);
        List<Exported> files = actors.findByProcessCode(code).stream()
                .sorted(Comparator.comparing((PoliticalActor a) -> a.getFolio().value()))
                .map(actor -> preparing.of(actor.getFolio().value(), at).orElseThrow())
                .map(nota -> new Exported(NotaPdf.fileName(nota), pdf.render(nota)))
                .toList();
        log.info("Notas informativas del proceso {} al corte {}: {}", code, Cutoffs.toText(at), files.size());
        return files;
    }
}
