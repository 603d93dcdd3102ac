package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.actors.ActorAccess;
import mx.captacion.records.ReceivingRecord;

/**
 * The platform starts with no feature module beside it — it depends on none — and its services work
 * alone: the encrypted blob store keeps and returns content, a sequence never repeats a number.
 */
@ModuleIntegrationTest
class PlatformModuleIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    BlobStore blobs;
    @Autowired
    Sequences sequences;

    @Test
    void startsAloneAndItsServicesWork() {
        byte[] content = ("contenido de prueba " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String hash = blobs.put(content);
        assertThat(blobs.get(hash)).hasValue(content);

        long first = sequences.next("captacion.folio_number");
        assertThat(sequences.next("captacion.folio_number")).isGreaterThan(first);

        assertThat(context.getBeanNamesForType(ReceivingRecord.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ActorAccess.class)).isEmpty();
    }
}
