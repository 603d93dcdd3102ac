/**
 * Citizen records: reception from the mobile app and Mi Apoyo, the intake that starts each
 * record's {@code citizen-record} process, the automated screening, the control desk, the
 * compulsa's answers, the hearing's restitutions and the status history the reports read.
 *
 * <p>API (everything else is in {@code internal}):
 * <ul>
 *   <li>use cases: {@link mx.captacion.records.ReceivingRecord}, {@link mx.captacion.records.TakingInRecords},
 *       {@link mx.captacion.records.ApplyingCompulsaAnswer}, {@link mx.captacion.records.RecordsForCompulsa},
 *       {@link mx.captacion.records.RestoringRecord};</li>
 *   <li>queries: {@link mx.captacion.records.ReadingRecords} (a record as a
 *       {@link mx.captacion.records.CitizenRecordView}), {@link mx.captacion.records.SubmissionActivity};</li>
 *   <li>values: {@link mx.captacion.records.RecordId} (a record's id, as the hearings, Mi Apoyo and the compulsa name it),
 *       {@link mx.captacion.records.RecordSubmission}, {@link mx.captacion.records.RecordStatus},
 *       {@link mx.captacion.records.InconsistencyType}, {@link mx.captacion.records.CaptureChannel},
 *       {@link mx.captacion.records.ImageKind}, {@link mx.captacion.records.ReceiptCode},
 *       {@link mx.captacion.records.MiApoyoChecks} (Mi Apoyo's own checks of a submission);</li>
 *   <li>the process's names: {@link mx.captacion.records.CitizenRecordProcess}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registros ciudadanos (records)",
        allowedDependencies = { "platform", "actors", "auxiliares", "identity", "roll", "accesslog" })
package mx.captacion.records;
