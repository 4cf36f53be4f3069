package org.ecooversight.audit;

import java.util.Optional;

/**
 * Whether one aggregate's stream still matches its hash chain, as served with the aggregate: a page
 * shows a warning and the API a flag when it does not, so nothing forged is shown as if it were
 * the record.
 *
 * @param brokenAt the first mismatch (the event, why), null when intact
 */
public record Integrity(boolean intact, Verification.Break brokenAt) {

	public static final Integrity INTACT = new Integrity(true, null);

	static Integrity of(Optional<Verification.Break> broken) {
		return broken.map(b -> new Integrity(false, b)).orElse(INTACT);
	}
}
