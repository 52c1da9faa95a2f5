# Build: Maven on a JDK 17 image.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY intents intents
RUN mvn -B -q -DskipTests package

# Run: a JRE 17 image, as a non-root user.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 dagwijzer && useradd --system --uid 10001 --gid dagwijzer --home-dir /app dagwijzer
WORKDIR /app
COPY --from=build /src/target/dagwijzer.jar /app/dagwijzer.jar
COPY intents /app/intents
# The programme lives in its own folder so a reload can replace it atomically and keep programme.json.bak beside it;
# mount your own folder over /app/data to serve another programme.
COPY programme.json /app/data/programme.json
# Class-data sharing: one training run records the classes a start-up loads (the JDK's, Jackson, OpenNLP, logback,
# ours) in an archive that every later start maps instead of loading and verifying them again. It must be made with
# this JVM and this very jar (path, size and time), so it is made here, after the jar is in place.
RUN printf 'wanneer is de lunch?\nwie spreekt over Breda\nwat is er nu\n' \
    | java -XX:ArchiveClassesAtExit=/app/dagwijzer.jsa -jar /app/dagwijzer.jar ask --json \
      --programme /app/data/programme.json > /dev/null
RUN mkdir -p /app/state && chown -R dagwijzer:dagwijzer /app/data /app/state
USER dagwijzer
ENV DAGWIJZER_PROGRAMME=/app/data/programme.json \
    DAGWIJZER_STATE_DIR=/app/state
VOLUME ["/app/state"]
# The bot runs all day: it keeps the JVM's default JIT and collector; only the class archive is added.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/dagwijzer.jsa", "-Xmx128m", "-jar", "/app/dagwijzer.jar"]
CMD ["discord"]
