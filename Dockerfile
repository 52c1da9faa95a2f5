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
RUN mkdir -p /app/state && chown -R dagwijzer:dagwijzer /app/data /app/state
USER dagwijzer
ENV DAGWIJZER_PROGRAMME=/app/data/programme.json \
    DAGWIJZER_STATE_DIR=/app/state
VOLUME ["/app/state"]
ENTRYPOINT ["java", "-Xmx128m", "-jar", "/app/dagwijzer.jar"]
CMD ["discord"]
