package eu.agora.knowledge;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Only the {@code Mongo*} adapters of the knowledge ports touch MongoDB, and the document
 * parsers are plain Java.
 */
class KnowledgeArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("eu.agora.knowledge");

	@Test
	void onlyTheMongoAdaptersUseMongoDb() {
		noClasses().that()
			.haveSimpleNameNotStartingWith("Mongo")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..", "org.bson..")
			.check(classes);
	}

	@Test
	void theDocumentParsersKnowNoSpring() {
		noClasses().that()
			.resideInAPackage("eu.agora.knowledge.documents..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(classes);
	}

}
