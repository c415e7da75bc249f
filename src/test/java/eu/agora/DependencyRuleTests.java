package eu.agora;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Platform SDKs stay inside their adapters, MongoDB inside the {@code Mongo…} classes
 * that implement the features' storage ports, and features never depend on an adapter.
 */
class DependencyRuleTests {

	private static final String[] ADAPTERS = { "eu.agora.slack..", "eu.agora.discord..", "eu.agora.shell.." };

	private static final String[] FEATURES_AND_ADAPTERS = { "eu.agora.directory..", "eu.agora.storage..",
			"eu.agora.commitments..", "eu.agora.panels..", "eu.agora.knowledge..", "eu.agora.slack..",
			"eu.agora.discord..", "eu.agora.shell.." };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("eu.agora");

	@Test
	void slackTypesAreOnlyUsedInTheSlackAdapter() {
		noClasses().that()
			.resideOutsideOfPackage("eu.agora.slack..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.slack..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void discordTypesAreOnlyUsedInTheDiscordAdapter() {
		noClasses().that()
			.resideOutsideOfPackage("eu.agora.discord..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("net.dv8tion..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void onlyTheMongoClassesBehindTheStoragePortsUseMongoDb() {
		noClasses().that()
			.haveSimpleNameNotStartingWith("Mongo")
			.and()
			.resideOutsideOfPackage("eu.agora.storage..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..", "org.bson..")
			.check(classes);
	}

	@Test
	void theDocumentParsersArePlainJava() {
		noClasses().that()
			.resideInAPackage("eu.agora.knowledge.documents..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(classes);
	}

	@Test
	void theCoreAndTheFeaturesNeverDependOnAnAdapter() {
		noClasses().that()
			.resideOutsideOfPackages(ADAPTERS)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ADAPTERS)
			.check(classes);
	}

	@Test
	void adaptersDoNotDependOnEachOther() {
		noClasses().that()
			.resideInAPackage("eu.agora.shell..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("eu.agora.slack..", "eu.agora.discord..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void theConversationCoreKnowsNoFeature() {
		noClasses().that()
			.resideInAPackage("eu.agora.conversation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES_AND_ADAPTERS)
			.check(classes);
	}

}
