package mx.captacion.compulsa.internal;

import mx.captacion.roll.RegistralStatus;

/**
 * One answer of a compulsa endpoint: the record as the endpoint named it (an id we sent, or
 * anything the other side wrote) and its situación registral; where it came from, for the report
 * of answers that changed nothing.
 */
public record CompulsaAnswer(String source, Long lineNumber, String recordRef, RegistralStatus status) {
}
