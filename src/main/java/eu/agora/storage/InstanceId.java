package eu.agora.storage;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This process's name among the instances that share the database:
 * {@code agora.instance-id} when set, otherwise {@code <host name>-<process id>}, which
 * differs between processes and after every restart. Leases and health name instances by
 * it.
 *
 * @param value the id
 */
public record InstanceId(String value) {

	/**
	 * The configured id, or host name and process id when {@code configured} is blank.
	 */
	static InstanceId of(String configured) {
		if (!configured.isBlank()) {
			return new InstanceId(configured.strip());
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "agora";
		}
		return new InstanceId(host + "-" + ProcessHandle.current().pid());
	}

	@Override
	public String toString() {
		return value;
	}

}
