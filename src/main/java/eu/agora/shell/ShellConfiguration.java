package eu.agora.shell;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.agora.commitments.CommitmentSearch;
import eu.agora.conversation.PlatformDownloads;
import eu.agora.conversation.PlatformMessenger;
import eu.agora.directory.CityDirectory;
import eu.agora.panels.PanelDirectory;

/**
 * The shell's beans; present only in a shell session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = ShellModeEnvironment.ENABLED, havingValue = "true")
class ShellConfiguration {

	@Bean
	AtomicReference<ReplyPrinter> shellPrinter() {
		return new AtomicReference<>();
	}

	@Bean
	PlatformMessenger shellMessenger(AtomicReference<ReplyPrinter> shellPrinter) {
		return new ShellMessenger(shellPrinter);
	}

	@Bean
	ShellCompleter.CompletionValues shellCompletionValues(CityDirectory cities, PanelDirectory panels,
			CommitmentSearch commitments) {
		return new ShellCompleter.CompletionValues(
				() -> cities.all()
					.stream()
					.flatMap((city) -> Stream.of(city.name(), city.localName(), city.key()))
					.distinct()
					.toList(),
				() -> panels.active().stream().map(PanelDirectory.PanelInfo::name).toList(),
				() -> commitments.listed().stream().map(CommitmentSearch.Listed::id).toList());
	}

	@Bean
	PlatformDownloads shellDownloads() {
		return new ShellDownloads(Path.of(""));
	}

}
