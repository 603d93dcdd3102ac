package mx.captacion.compulsa.internal;

import java.util.List;

/** Records of one capture process sent together to a compulsa endpoint. */
public record CompulsaBatch(long id, long processId, CompulsaEndpoint endpoint, List<CompulsaRequest> requests) {
}
