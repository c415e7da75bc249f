package eu.agora;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * The jar's start class: says in one line which Java Agora needs when it runs on an older
 * one, otherwise starts {@link AgoraApplication}. Compiled for Java 17 (the oldest Java
 * Spring Boot's own launcher runs on) in a build step of its own, and it names the
 * application only by name, so an older Java loads this class and nothing newer.
 */
public final class Launcher {

	static final int REQUIRED = 21;

	private static final String APPLICATION = "eu.agora.AgoraApplication";

	private Launcher() {
	}

	public static void main(String[] args) throws Throwable {
		Optional<String> problem = problem(Runtime.version().feature(), System.getProperty("java.home", "?"));
		if (problem.isPresent()) {
			System.err.println(problem.get());
			System.exit(1);
		}
		Class<?> application = Class.forName(APPLICATION, true, Launcher.class.getClassLoader());
		MethodHandle main = MethodHandles.publicLookup()
			.findStatic(application, "main", MethodType.methodType(void.class, String[].class));
		main.invokeExact(args);
	}

	/** The one line to print when Java {@code feature} is too old, none otherwise. */
	static Optional<String> problem(int feature, String javaHome) {
		if (feature >= REQUIRED) {
			return Optional.empty();
		}
		return Optional.of("Agora needs Java " + REQUIRED + " or newer; this is Java " + feature + " (" + javaHome
				+ "). Run it with a newer java, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar agora.jar");
	}

}
