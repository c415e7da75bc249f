package eu.agora.slack;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import eu.agora.conversation.Conversation;
import eu.agora.conversation.PlatformDownloads;
import eu.agora.storage.DatabaseReachability;

/**
 * Wires the Slack adapter when {@code SLACK_BOT_TOKEN} is set: checks the secrets and the
 * token ({@code auth.test}) before anything else, builds the Bolt app with Agora's
 * listeners, and serves it over HTTP or Socket Mode.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnSlackBotToken.class)
@EnableConfigurationProperties(SlackProperties.class)
class SlackConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

	@Bean
	SlackCredentials slackCredentials(Environment environment, SlackProperties properties) {
		SlackCredentials credentials = SlackCredentials.from(environment);
		return credentials.require(properties.effectiveMode(credentials));
	}

	@Bean
	Slack slack(SlackProperties properties) {
		SlackConfig config = new SlackConfig();
		String prefix = properties.apiUrl().endsWith("/") ? properties.apiUrl() : properties.apiUrl() + "/";
		config.setMethodsEndpointUrlPrefix(prefix);
		config.setPrettyResponseLoggingEnabled(false);
		return Slack.getInstance(config);
	}

	@Bean
	SlackConnection slackConnection(Slack slack, SlackCredentials credentials, SlackProperties properties) {
		// the slackCredentials bean has required the bot token
		AuthTestResponse auth = authTest(slack, Objects.requireNonNull(credentials.botToken()));
		SlackProperties.Mode mode = properties.effectiveMode(credentials);
		log.info("Slack adapter: {} mode, bot {} in team {}", mode.name().toLowerCase(Locale.ROOT), auth.getUserId(),
				auth.getTeam());
		return new SlackConnection(mode, auth.getTeam(), auth.getUserId());
	}

	private static AuthTestResponse authTest(Slack slack, String token) {
		try {
			AuthTestResponse response = slack.methods(token).authTest((r) -> r);
			if (!response.isOk()) {
				throw SlackStartupException.rejected(SlackCredentials.BOT_TOKEN, "auth.test: " + response.getError(),
						null);
			}
			return response;
		}
		catch (IOException | SlackApiException failure) {
			throw SlackStartupException.rejected(SlackCredentials.BOT_TOKEN, "auth.test: " + failure.getMessage(),
					failure);
		}
	}

	@Bean(destroyMethod = "shutdown")
	ExecutorService slackWorkers() {
		return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("slack-", 0).factory());
	}

	@Bean
	SlackApi slackApi(Slack slack, SlackCredentials credentials) {
		return new SlackApi(slack.methods(credentials.botToken()));
	}

	@Bean
	SlackMessenger slackMessenger(SlackApi api) {
		return new SlackMessenger(api);
	}

	@Bean
	PlatformDownloads slackDownloads(SlackCredentials credentials, SlackProperties properties) {
		// the slackCredentials bean has required the bot token
		return new SlackDownloads(Objects.requireNonNull(credentials.botToken()), properties.apiUrl());
	}

	@Bean
	SlackPeople slackPeople(Slack slack, SlackCredentials credentials, Environment environment) {
		Map<String, String> platformRoles = Binder.get(environment)
			.bind("agora.directory.platform-roles", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		boolean groupsWanted = platformRoles.keySet().stream().anyMatch((key) -> key.startsWith("slack:"));
		return new SlackPeople(slack.methods(credentials.botToken()), groupsWanted, Clock.systemUTC());
	}

	@Bean
	WhileTheDatabaseIsLost slackWhileTheDatabaseIsLost(DatabaseReachability database, MongoSeenSignatures signatures,
			MongoProcessedEvents events) {
		return new WhileTheDatabaseIsLost(database, signatures, events);
	}

	@Bean
	App slackApp(Slack slack, SlackCredentials credentials, SlackConnection connection, Conversation conversation,
			SlackApi api, WhileTheDatabaseIsLost events, ExecutorService slackWorkers, SlackPeople slackPeople) {
		AppConfig config = AppConfig.builder()
			.slack(slack)
			.singleTeamBotToken(credentials.botToken())
			.signingSecret(credentials.signingSecret())
			.build();
		return new SlackListeners(conversation, new Delivery(api), events, slackWorkers, slackPeople)
			.register(new App(config));
	}

	@Bean
	SlackHealthIndicator slackHealthIndicator(SlackConnection connection) {
		return new SlackHealthIndicator(connection);
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(OnSlackMode.Http.class)
	static class HttpMode {

		@Bean
		ServletRegistrationBean<SlackAppServlet> slackServlet(App slackApp, SlackProperties properties) {
			return new ServletRegistrationBean<>(new SlackAppServlet(slackApp), properties.path());
		}

		@Bean
		FilterRegistrationBean<SlackRequestGuard> slackRequestGuard(SlackCredentials credentials,
				SlackProperties properties, WhileTheDatabaseIsLost seen) {
			// the slackCredentials bean has required the signing secret in HTTP mode
			SlackRequestGuard guard = new SlackRequestGuard(Objects.requireNonNull(credentials.signingSecret()),
					properties.maxBody().toBytes(), seen, Clock.systemUTC());
			FilterRegistrationBean<SlackRequestGuard> registration = new FilterRegistrationBean<>(guard);
			registration.addUrlPatterns(properties.path());
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(OnSlackMode.Socket.class)
	static class SocketMode {

		@Bean
		SocketModeConnection slackSocketMode(Slack slack, SlackCredentials credentials, App slackApp,
				SlackConnection connection) {
			// the slackCredentials bean has required the app token in socket mode
			return new SocketModeConnection(slack, Objects.requireNonNull(credentials.appToken()), slackApp,
					connection);
		}

	}

}
