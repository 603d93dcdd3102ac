/**
 * The compulsa: records the control desk found valid ({@code PARA_COMPULSA}) go out in batches
 * through an endpoint of {@code integration/compulsa.camel.yaml} — the imported lista nominal, or
 * batch files exchanged with the DERFE — and each answer settles its record as {@code VALIDO} or
 * {@code NO_VALIDO} (records.ApplyingCompulsaAnswer). The batches are this module's; which records
 * a batch holds is the records' own, taken and followed through records.RecordsForCompulsa: no SQL
 * here reads or writes citizen_record.
 *
 * <p>API: none. No other module uses the compulsa: batches leave and answers come back through
 * the routes of {@code integration/compulsa.camel.yaml}, which name this module's beans
 * ({@code compulsaBatches}, {@code compulsaFiles}, {@code compulsaAnswers},
 * {@code localRollCompulsa}), and INE staff follow them on {@code /compulsa}; every type is in
 * {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compulsa (compulsa)",
        allowedDependencies = {"platform", "identity", "actors", "records", "roll"})
package mx.captacion.compulsa;
