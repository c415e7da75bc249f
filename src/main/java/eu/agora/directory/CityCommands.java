package eu.agora.directory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Access;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.Element;
import eu.agora.conversation.Names;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Role;
import eu.agora.conversation.SubcommandSpec;
import eu.agora.conversation.UserError;

/**
 * {@code /city}: look cities up, list them, ask to become a city's officer (or join with
 * an invite code), re-import the list.
 */
@Component
class CityCommands implements CommandSet {

	private final CityDirectory cities;

	private final People people;

	private final JoiningCities joining;

	private final InvitingOfficers inviting;

	private final ImportingCities importing;

	private final AddingCities adding;

	CityCommands(CityDirectory cities, People people, JoiningCities joining, InvitingOfficers inviting,
			ImportingCities importing, AddingCities adding) {
		this.adding = adding;
		this.cities = cities;
		this.people = people;
		this.joining = joining;
		this.inviting = inviting;
		this.importing = importing;
	}

	@Override
	public List<CommandSpec> commands() {
		OptionSpec name = OptionSpec.argument("name", OptionType.TEXT, "the city, in any common spelling");
		return List.of(new CommandSpec("city", "Cities of the Mission: look up, list, register",
				List.of(new SubcommandSpec("show", "Show a city's card", List.of(name), Access.everyone(), this::show),
						new SubcommandSpec("list", "List the cities Agora knows",
								List.of(OptionSpec.optional("country", OptionType.STRING, "a country code such as PL")),
								Access.everyone(), this::list),
						new SubcommandSpec("register",
								"Ask to become an officer of a city (at once with an invite code)",
								List.of(OptionSpec.argument("city", OptionType.TEXT, "the city you work for"),
										OptionSpec.optional("code", OptionType.STRING,
												"an invite code from one of its officers")),
								Access.everyone(), this::register),
						new SubcommandSpec("add",
								"Add a European city outside the Mission, so its officers can take part",
								List.of(OptionSpec.argument("name", OptionType.TEXT, "the city's English name"),
										OptionSpec.required("country", OptionType.STRING, "its country code, e.g. PT"),
										OptionSpec.optional("local", OptionType.STRING,
												"its name in the local language"),
										OptionSpec.optional("region", OptionType.STRING, "its region"),
										OptionSpec.optional("tz", OptionType.ZONE, "its time zone, e.g. Europe/Lisbon"),
										OptionSpec.optional("key", OptionType.STRING,
												"its own key, needed when its name is another city's")),
								Access.roles(Role.MODERATOR, Role.COORDINATOR), this::add),
						new SubcommandSpec("import", "Re-import the city list from cities.yml", List.of(),
								Access.roles(Role.ADMIN), this::importCities))));
	}

	private Reply show(CommandCall call) {
		City city = cities.resolve(call.options().requiredText("name"));
		return Reply.of(card(city, people.officersOf(city.key()).size()));
	}

	static Element.Section card(City city, int officers) {
		List<Element.Field> fields = new ArrayList<>();
		fields.add(new Element.Field("Country", city.countryName() + " (" + city.country() + ")"));
		fields.add(new Element.Field("Region", city.region()));
		fields.add(new Element.Field("Mission status", city.missionStatus().label()));
		fields.add(new Element.Field("Languages",
				city.languages()
					.stream()
					.map((code) -> Locale.of(code).getDisplayLanguage(Locale.ENGLISH))
					.collect(Collectors.joining(", "))));
		fields.add(new Element.Field("Time zone", city.timeZone()));
		fields.add(new Element.Field("Also known as", String.join(", ", city.alternativeNames())));
		fields.add(new Element.Field("Officers in Agora", Integer.toString(officers)));
		fields.add(new Element.Field("Key", city.key()));
		return new Element.Section(city.displayName(), null, fields);
	}

	private Reply list(CommandCall call) {
		String country = call.options().text("country").map(CityCommands::countryCode).orElse(null);
		Map<String, List<City>> byCountry = new TreeMap<>();
		cities.all()
			.stream()
			.filter((city) -> country == null || city.country().equals(country))
			.forEach((city) -> byCountry.computeIfAbsent(city.countryName(), (unused) -> new ArrayList<>()).add(city));
		if (byCountry.isEmpty()) {
			return Reply.text("Agora knows no cities in " + Locale.of("", country).getDisplayCountry(Locale.ENGLISH)
					+ " (" + country + ") yet.");
		}
		String lines = byCountry.entrySet()
			.stream()
			.map((entry) -> "- **" + entry.getKey() + "**: "
					+ entry.getValue().stream().map(City::name).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		int count = byCountry.values().stream().mapToInt(List::size).sum();
		return Reply.of(new Element.Section(count + (count == 1 ? " city" : " cities"), lines, List.of()));
	}

	private static String countryCode(String typed) {
		String upper = typed.strip().toUpperCase(Locale.ROOT);
		if (List.of(Locale.getISOCountries()).contains(upper)) {
			return upper;
		}
		for (String code : Locale.getISOCountries()) {
			if (Locale.of("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(typed.strip())) {
				return code;
			}
		}
		throw new UserError(
				"`country` must be a two-letter country code such as PL or a country name; got `" + typed + "`.",
				"For example: `/city list country:PL`.");
	}

	private Reply register(CommandCall call) {
		City city = cities.resolve(call.options().requiredText("city"));
		String previous = call.caller().cityKey();
		if (city.key().equals(previous)) {
			return Reply.text("You are already registered as an officer of " + city.name() + ".");
		}
		String was = (previous == null) ? "" : " (before: " + cities.nameOf(previous) + ")";
		Optional<String> code = call.options().text("code");
		if (code.isEmpty()) {
			return joining.request(call.caller(), MembershipRequest.CITY + city.key());
		}
		inviting.redeem(call.caller(), city, code.get());
		return Reply
			.text("You are now registered as an officer of **" + city.name() + "**, " + city.countryName() + was + ".");
	}

	private Reply add(CommandCall call) {
		String name = Names.checked("A city's name", call.options().requiredText("name"));
		String country = countryCode(call.options().requiredText("country"));
		City added = adding.add(name, country,
				call.options().text("local").map((local) -> Names.checked("A city's local name", local)).orElse(null),
				call.options().text("region").map((region) -> Names.checked("A region's name", region)).orElse(null),
				call.options().zone("tz").map(ZoneId::getId).orElse(null), call.options().text("key").orElse(null));
		return Reply.of(new Element.Text("Added " + added.name()
				+ " to the directory: its officers can now `/city register " + added.name() + "`."), card(added, 0));
	}

	private Reply importCities(CommandCall call) {
		ImportingCities.Result result;
		try {
			result = importing.importAll();
		}
		catch (CitiesFile.InvalidCitiesFileException ex) {
			throw new UserError("The city list was not imported: " + ex.getMessage() + ".",
					"Fix the file and run `/city import` again; nothing was changed.");
		}
		return Reply.text(String.format("Imported %d cities: %d new, %d updated, %d unchanged.", result.total(),
				result.added(), result.updated(), result.unchanged()));
	}

}
