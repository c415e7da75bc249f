package eu.agora;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Agora: a chat bot for the EU Mission on Climate-Neutral and Smart Cities.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AgoraApplication {

	public static void main(String[] args) {
		SpringApplication.run(AgoraApplication.class, args);
	}

	/** The one clock every feature reads the time from; tests replace it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
