package eu.agora.commitments;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Money set aside for a commitment: amount, ISO 4217 currency and where it comes from.
 */
record Budget(BigDecimal amount, String currency, @Nullable String fundingSource) {

	@Override
	public String toString() {
		String money = String.format(Locale.ROOT, "%,.2f %s", amount, currency).replace(".00 ", " ");
		return (fundingSource == null) ? money : money + " from " + fundingSource;
	}

}
