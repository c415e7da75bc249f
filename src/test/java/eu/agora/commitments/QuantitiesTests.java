package eu.agora.commitments;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuantitiesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "40 % CO2e by 2030|40|% CO2e|2030", "55% by 2030|55|%|2030",
					"1,200 kt CO2e in 2019|1200|kt CO2e|2019", "1 200 MWh by 2028|1200|MWh|2028",
					"2,5 GWh in 2025|2.5|GWh|2025", "500 charging points by 2028|500|charging points|2028",
					"-40 % CO2 by 2030|-40|% CO2e|2030", "12 tCO2e|12|t CO2e|" })
	void readsNumbersUnitsAndYears(String text, String value, String unit, Integer year) {
		Quantity quantity = Quantities.parse("target", text, false);

		assertThat(quantity.value()).isEqualByComparingTo(new BigDecimal(value));
		assertThat(quantity.unit()).isEqualTo(unit);
		assertThat(quantity.year()).isEqualTo(year);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "100 % electric buses by 2030|100|% electric buses|2030|SHARE",
			"100% electric buses by 2030|100|% electric buses|2030|SHARE",
			"40 percent renovated schools by 2030|40|% renovated schools|2030|SHARE",
			"-55 % CO2e by 2030|-55|% CO2e|2030|REDUCTION", "-55 % CO2e|-55|% CO2e||REDUCTION",
			"reduce CO2e by 55 % by 2030|-55|% CO2e|2030|REDUCTION",
			"5000 heat pumps by 2030|5000|heat pumps|2030|COUNT", "plant 10000 trees by 2028|10000|trees|2028|COUNT",
			"1,200 MWh in 2019|1200|MWh|2019|AMOUNT", "40 % CO2e by 2030|40|% CO2e|2030|SHARE" })
	void readsSharesCountsAndReductionsTyped(String text, String value, String unit, Integer year, Measure measure) {
		Quantity quantity = Quantities.parse("target", text, false);

		assertThat(quantity.value()).isEqualByComparingTo(new BigDecimal(value));
		assertThat(quantity.unit()).isEqualTo(unit);
		assertThat(quantity.year()).isEqualTo(year);
		assertThat(quantity.measure()).isEqualTo(measure);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "forty % by 2030", "40 #@! by 2030", "40 by 2030" })
	void anUnreadableTargetShowsFormsThatWork(String text) {
		assertThatThrownBy(() -> Quantities.parse("target", text, false)).isInstanceOf(FieldProblem.class)
			.hasMessageContaining("`100 % electric buses by 2030`")
			.hasMessageContaining("`-55 % CO2e by 2030`");
		for (String form : Quantities.FORMS.split(" or |, ")) {
			assertThat(Quantities.parse("target", form.replace("`", ""), true)).isNotNull();
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "forty % by 2030|must have a number", "40 by 2030|needs a unit",
					"40 #@! by 2030|unit I can't read", "1.2.3.4 MWh by 2030|number I can't read",
					"40 % by 2200|between 1990 and 2100" })
	void malformedQuantitiesNameTheField(String text, String problem) {
		assertThatThrownBy(() -> Quantities.parse("target", text, false)).isInstanceOf(FieldProblem.class)
			.hasMessageContaining(problem)
			.extracting((error) -> ((FieldProblem) error).field())
			.isEqualTo("target");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "2.5 million EUR from ERDF|2500000|EUR|ERDF", "€120,000 (city budget)|120000|EUR|city budget",
					"PLN 3m from the national recovery plan|3000000|PLN|the national recovery plan",
					"800 SEK|800|SEK|" })
	void readsBudgets(String text, String amount, String currency, String source) {
		Budget budget = Budgets.parse("budget", text);

		assertThat(budget.amount()).isEqualByComparingTo(new BigDecimal(amount));
		assertThat(budget.currency()).isEqualTo(currency);
		assertThat(budget.fundingSource()).isEqualTo(source);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "5 XYZ|unknown currency", "5000|needs a currency", "lots of EUR|amount and a currency" })
	void malformedBudgetsNameTheProblem(String text, String problem) {
		assertThatThrownBy(() -> Budgets.parse("budget", text)).isInstanceOf(FieldProblem.class)
			.hasMessageContaining(problem);
	}

}
