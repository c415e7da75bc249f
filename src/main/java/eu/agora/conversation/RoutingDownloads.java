package eu.agora.conversation;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The {@link Downloads} features use: checks the size the platform reported against the
 * limit, then hands the file to the running adapter of its platform. It also asks that
 * adapter what a file typed as text means there, for the option binding.
 */
@Component
class RoutingDownloads implements Downloads {

	private final ObjectProvider<PlatformDownloads> adapters;

	RoutingDownloads(ObjectProvider<PlatformDownloads> adapters) {
		this.adapters = adapters;
	}

	/** Without any adapter: nothing can be fetched, no file typed as text. */
	static RoutingDownloads none() {
		return new RoutingDownloads(new StaticListableBeanFactory().getBeanProvider(PlatformDownloads.class));
	}

	@Override
	public byte[] fetch(Platform platform, FileRef file, long maxBytes) {
		if (maxBytes < 0) {
			throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
		}
		if (file.size() > maxBytes) {
			throw new FileTooLargeException(file, maxBytes);
		}
		PlatformDownloads adapter = adapter(platform).orElseThrow(() -> new DownloadFailedException(
				"Agora can't fetch `" + file.name() + "`: it is not connected to " + platform.id() + " right now.",
				"Try again later, or ask an admin."));
		byte[] bytes = adapter.fetch(file, maxBytes);
		if (bytes.length > maxBytes) {
			throw new FileTooLargeException(file, maxBytes);
		}
		return bytes;
	}

	/** The file typed as {@code text} on {@code platform}, as that platform reads it. */
	FileRef fromText(Platform platform, String text, List<MessageActionSpec> fileActions) {
		Optional<PlatformDownloads> adapter = adapter(platform);
		if (adapter.isEmpty()) {
			throw PlatformDownloads.attachInstead(fileActions);
		}
		return adapter.get().fromText(text, fileActions);
	}

	private Optional<PlatformDownloads> adapter(Platform platform) {
		return adapters.orderedStream().filter((adapter) -> adapter.platform() == platform).findFirst();
	}

}
