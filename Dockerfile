# Agora container image: build with Maven on JDK 21, run on a plain JRE 21 as a non-root user.
#   docker build -t agora .        (docker compose builds it for you: see docs/OPERATIONS.md)

# ---- build stage -------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build

# Dependencies first: this layer is rebuilt only when pom.xml or the wrapper changes.
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

# Then the sources and the packaged defaults (config/ is packaged into the jar by the pom).
COPY src src
COPY config config
RUN ./mvnw -B -DskipTests package

# ---- runtime stage -----------------------------------------------------------------------
FROM eclipse-temurin:21-jre

RUN groupadd --system --gid 10001 agora \
    && useradd --system --uid 10001 --gid agora --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin agora \
    && mkdir -p /app/data \
    && chown agora:agora /app/data

WORKDIR /app
COPY --from=build /build/target/agora.jar /app/agora.jar
# Read at start from ./config/ (Spring Boot's default location), overriding the packaged defaults.
COPY config /app/config

# Embedded demo store, search index and other local state live under ./data.
VOLUME /app/data

USER agora
# Let the JVM size its heap from the container's memory limit.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080

# No curl in the JRE image: ask /actuator/health over bash's /dev/tcp (HTTP 200 = UP, 503 = DOWN).
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q '^HTTP/1\\.[01] 200'"]

ENTRYPOINT ["java", "-jar", "/app/agora.jar"]
