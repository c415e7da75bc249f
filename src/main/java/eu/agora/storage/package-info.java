/**
 * Storage: owns the connection to MongoDB and the local data directory.
 * <p>
 * With {@code MONGODB_URI} (or {@code spring.mongodb.uri}) set, the application talks to
 * that MongoDB. Without it, this module starts an in-process MongoDB-wire server
 * (mongo-java-server with an H2 MVStore file under {@code agora.data-dir}) before the
 * Mongo client is created, and makes every acknowledged write durable against a process
 * crash. The module also offers small storage ports such as
 * {@link eu.agora.storage.Sequences}. Everything else here (server, backend,
 * configuration) is an implementation detail.
 */
@NullMarked
package eu.agora.storage;

import org.jspecify.annotations.NullMarked;
