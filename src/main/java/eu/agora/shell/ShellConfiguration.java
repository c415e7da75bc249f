package eu.agora.shell;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.agora.conversation.PlatformDownloads;
import eu.agora.conversation.PlatformMessenger;

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
	PlatformDownloads shellDownloads() {
		return new ShellDownloads(Path.of(""));
	}

}
