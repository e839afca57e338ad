#!/usr/bin/env bash
# The benchmark's application (see BENCHMARKS.md): the production jar that `./mvnw package` (or `verify`)
# builds, run as it ships, with what the build puts beside it in target/bench-app added to its class path:
# the bench server (src/bench/server: the scale data generator, the baseline dashboard, the counters; it
# counts statements through datasource-proxy, a library of the production jar). Its launcher,
# org.gba.cooperation.bench.BenchApplication, starts the application through its own main with the Spring
# profile `bench` added. Arguments go to the application, e.g.
#
#   MYSQL_URL=jdbc:mysql://127.0.0.1:3306/gba_bench MYSQL_USER=root src/bench/app.sh --spring.profiles.active=mysql \
#     --gba.bench.data.scale-factor=1 --gba.bench.data.exit=true --gba.security.dev-issuer.enabled=true --server.port=0
#
# Environment: BENCH_JAVA_OPTS, the JVM's options (none by default). The JVM replaces this script's
# process (exec): its PID is the application's.
#
# Why Spring Boot's PropertiesLauncher: it runs the jar's own classes and libraries (BOOT-INF) with the
# directories of `loader.path` added, so the production jar itself is measured, not a rebuilt class path.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAR=$(ls target/gba-cooperation-api-*.jar 2>/dev/null | head -1 || true)
BENCH_APP=target/bench-app
if [ -z "$JAR" ] || ! ls "$BENCH_APP"/*-bench.jar >/dev/null 2>&1; then
  echo "app.sh: no application jar in target/ or no bench server in $BENCH_APP: build them (./mvnw -DskipTests package)" >&2
  exit 1
fi

# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:-} "-Dloader.path=$BENCH_APP" -Dloader.main=org.gba.cooperation.bench.BenchApplication \
  -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
