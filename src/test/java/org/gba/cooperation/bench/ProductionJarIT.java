package org.gba.cooperation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.gba.cooperation.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar, which {@code ./mvnw package} builds before the integration tests
 * run, holds nothing of the benchmark: no class of {@code org.gba.cooperation.bench}, no
 * bench resource, no {@code gba.bench.*} property. What the benchmark adds to it to run
 * (src/bench/app.sh) lies beside it, in {@code target/bench-app}: the bench server's
 * classes without the tests. (datasource-proxy, with which the benchmark counts
 * statements, is a library of the application itself since the spans of SQL statements:
 * datasource-micrometer is built on it.)
 */
@DatabaseIndependent
class ProductionJarIT {

	private static final Path TARGET = Path.of("target");

	private static final String CLASSES = "BOOT-INF/classes/";

	@Test
	void holdsTheApplicationAndNothingOfTheBenchmark() throws IOException {
		Path jar = onlyJar(TARGET, "gba-cooperation-api-*.jar");
		List<String> entries = entries(jar);

		// A Spring Boot jar of the application, so that what follows cannot pass on the
		// wrong file.
		assertThat(entries).contains(CLASSES + "org/gba/cooperation/GbaCooperationApplication.class",
				CLASSES + "application.yml");
		assertThat(entries).filteredOn((entry) -> entry.startsWith("BOOT-INF/lib/")).isNotEmpty();

		// A build from before the bench's move to src/bench/server may have left them in
		// target/classes.
		String stale = "left in target/classes by an earlier build? ./mvnw clean";
		assertThat(entries).as(stale)
			.filteredOn((entry) -> entry.startsWith(CLASSES + "org/gba/cooperation/bench/"))
			.isEmpty();
		assertThat(entries).as(stale).filteredOn((entry) -> entry.startsWith(CLASSES + "bench/")).isEmpty();
		assertThat(entries).anyMatch((entry) -> entry.startsWith("BOOT-INF/lib/datasource-proxy-"));
		assertThat(text(jar, "META-INF/spring-configuration-metadata.json")).doesNotContain("gba.bench");
	}

	@Test
	void theBenchmarkAddsItsServerWithoutTheTests() throws IOException {
		Path benchApp = TARGET.resolve("bench-app");
		List<String> entries = entries(onlyJar(benchApp, "gba-cooperation-api-*-bench.jar"));

		assertThat(entries).contains("org/gba/cooperation/bench/BenchApplication.class",
				"org/gba/cooperation/bench/data/ScaleDataGenerator.class", "bench/partner-dashboard.graphql");
		assertThat(entries).filteredOn((entry) -> entry.endsWith(".class"))
			.allMatch((entry) -> entry.startsWith("org/gba/cooperation/bench/"))
			.noneMatch((entry) -> entry.endsWith("IT.class") || entry.contains("IT$"))
			.noneMatch((entry) -> entry.startsWith("org/gba/cooperation/bench/load/"));
	}

	private static Path onlyJar(Path directory, String glob) throws IOException {
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, glob)) {
			found.forEach(jars::add);
		}
		assertThat(jars).as("%s in %s: run ./mvnw package (failsafe runs after it)", glob, directory).hasSize(1);
		return jars.get(0);
	}

	private static List<String> entries(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream().map(JarEntry::getName).toList();
		}
	}

	private static String text(Path jar, String entry) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			JarEntry found = file.getJarEntry(entry);
			assertThat(found).as(entry).isNotNull();
			try (InputStream in = file.getInputStream(found)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}

}
