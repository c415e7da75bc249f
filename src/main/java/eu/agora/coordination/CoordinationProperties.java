package eu.agora.coordination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code agora.coordination.*}.
 *
 * @param regionWorkingDays working days an escalation waits at the regional tier before
 * it moves up by itself
 * @param countryWorkingDays the same at the national tier (the EU tier is the top)
 */
@Validated
@ConfigurationProperties("agora.coordination")
record CoordinationProperties(@DefaultValue("5") @Min(1) @Max(60) int regionWorkingDays,
		@DefaultValue("5") @Min(1) @Max(60) int countryWorkingDays) {

	int workingDaysAt(Tier tier) {
		return (tier == Tier.REGION) ? regionWorkingDays : countryWorkingDays;
	}

}
