/**
 * The garantía de audiencia: INE staff open it for a capture process; a representative reads its
 * actor's judged records and contests them; each contest runs {@code record-hearing}, whose reviewer
 * confirms the judgement or restores the record (records.RestoringRecord). Records are read only
 * through records.ReadingRecords.
 *
 * <p>API (everything else is in {@code internal}): {@link mx.captacion.hearings.RecordHearingProcess},
 * the process's names (the retention module forgets its instances).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Garantía de audiencia (hearings)",
        allowedDependencies = { "platform", "actors", "records", "accesslog" })
package mx.captacion.hearings;
