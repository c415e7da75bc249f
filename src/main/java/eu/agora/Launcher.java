package eu.agora;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Optional;

/**
 * The jar's start class: says in one line which Java Agora needs when it runs on an older
 * one, otherwise starts {@link AgoraApplication}. Compiled for Java 17 (the oldest Java
 * Spring Boot's own launcher runs on) in a build step of its own, and it names the
 * application only by name, so an older Java loads this class and nothing newer.
 * {@code agora.jar store …} runs the shared store ({@code eu.agora.storage.SharedStore})
 * instead of the bot.
 */
public final class Launcher {

	static final int REQUIRED = 21;

	private static final String APPLICATION = "eu.agora.AgoraApplication";

	private static final String STORE = "eu.agora.storage.SharedStore";

	private Launcher() {
	}

	public static void main(String[] args) throws Throwable {
		Optional<String> problem = problem(Runtime.version().feature(), System.getProperty("java.home", "?"));
		if (problem.isPresent()) {
			System.err.println(problem.get());
			System.exit(1);
		}
		boolean store = args.length > 0 && args[0].equals("store");
		Class<?> application = Class.forName(store ? STORE : APPLICATION, true, Launcher.class.getClassLoader());
		MethodHandle main = MethodHandles.publicLookup()
			.findStatic(application, "main", MethodType.methodType(void.class, String[].class));
		// a variable of its own: invokeExact needs the argument's static type to be
		// String[]
		String[] arguments = store ? Arrays.copyOfRange(args, 1, args.length) : args;
		main.invokeExact(arguments);
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
