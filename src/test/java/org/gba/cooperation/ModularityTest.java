package org.gba.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold and are written down: every module declares the modules (and
 * the named interfaces of {@code shared}) it may use, nothing uses more, there are no
 * cycles, and the module diagram in the docs is the one the code has.
 *
 * <p>
 * The diagrams are written by Spring Modulith's {@link Documenter} (PlantUML, in
 * {@code docs/modules/}) and, for GitHub to draw it, as a Mermaid block in README.md
 * between two markers. When the modules change, run
 * {@code ./mvnw test -Dtest=ModularityTest -Dgba.docs.write=true} and commit the result.
 */
class ModularityTest {

	static final ApplicationModules modules = ApplicationModules.of(GbaCooperationApplication.class);

	static final Path docs = Path.of("docs", "modules");

	static final Path readme = Path.of("README.md");

	static final String begin = "<!-- module diagram: written by ModularityTest -->";

	static final String end = "<!-- end of module diagram -->";

	static final boolean write = Boolean.getBoolean("gba.docs.write");

	@Test
	void modulesUseOnlyWhatTheyDeclare() {
		modules.verify();
	}

	@Test
	void everyModuleDeclaresItsDependencies() throws ClassNotFoundException {
		for (ApplicationModule module : modules) {
			var declaration = Class.forName(module.getBasePackage().getName() + ".package-info")
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
			assertThat(declaration).as("@ApplicationModule on %s", module.getBasePackage().getName()).isNotNull();
			assertThat(declaration.allowedDependencies()).as("allowedDependencies of %s", module.getIdentifier())
				.doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
		}
	}

	@Test
	void theModuleDiagramsAreUpToDate() throws IOException {
		Path generated = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		List<Path> diagrams;
		try (var files = Files.list(generated)) {
			diagrams = files.filter(file -> file.toString().endsWith(".puml")).sorted().toList();
		}
		assertThat(diagrams).isNotEmpty();
		for (Path diagram : diagrams) {
			expectFile(docs.resolve(diagram.getFileName()), inStableOrder(Files.readString(diagram)));
		}
		if (!write) {
			try (var files = Files.list(docs)) {
				assertThat(files.map(Path::getFileName).map(Path::toString))
					.as("the diagrams in %s, none of a module that is gone", docs)
					.containsExactlyInAnyOrderElementsOf(
							diagrams.stream().map(Path::getFileName).map(Path::toString).toList());
			}
		}

		String text = Files.readString(readme);
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		assertThat(from).as("README.md has the marker %s", begin).isNotNegative();
		assertThat(to).as("README.md has the marker %s", end).isGreaterThan(from);
		String updated = text.substring(0, from + begin.length()) + "\n" + mermaid() + text.substring(to);
		expectFile(readme, updated);
	}

	/**
	 * The module graph as a Mermaid flowchart. The shared kernel, which every module
	 * uses, is left out of the arrows so that the picture shows how the domains depend on
	 * each other.
	 */
	static String mermaid() {
		StringBuilder out = new StringBuilder("```mermaid\nflowchart LR\n");
		List<ApplicationModule> all = modules.stream()
			.sorted(Comparator.comparing(module -> module.getIdentifier().toString()))
			.toList();
		for (ApplicationModule module : all) {
			out.append("  ")
				.append(module.getIdentifier())
				.append("[\"")
				.append(module.getDisplayName())
				.append("\"]\n");
		}
		for (ApplicationModule module : all) {
			var targets = module.getDirectDependencies(modules)
				.stream()
				.map(ApplicationModuleDependency::getTargetModule)
				.map(target -> target.getIdentifier().toString())
				.filter(target -> !target.equals("shared"))
				.collect(Collectors.toCollection(TreeSet::new));
			if (!targets.isEmpty()) {
				out.append("  ")
					.append(module.getIdentifier())
					.append(" --> ")
					.append(String.join(" & ", targets))
					.append('\n');
			}
		}
		return out.append("```\n").toString();
	}

	/**
	 * The Documenter writes a diagram's relations (and components) in an order that
	 * changes from run to run; sorting each run of them makes the file comparable without
	 * changing the picture.
	 */
	static String inStableOrder(String plantUml) {
		List<String> out = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : plantUml.split("\n", -1)) {
			String trimmed = line.stripLeading();
			if (trimmed.startsWith("Rel(") || trimmed.startsWith("Component(")) {
				run.add(line);
				continue;
			}
			Collections.sort(run);
			out.addAll(run);
			run.clear();
			out.add(line);
		}
		Collections.sort(run);
		out.addAll(run);
		return String.join("\n", out);
	}

	static void expectFile(Path file, String expected) throws IOException {
		if (write) {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, expected, StandardCharsets.UTF_8);
			return;
		}
		assertThat(file).as("%s is missing: run ./mvnw test -Dtest=ModularityTest -Dgba.docs.write=true", file)
			.exists();
		assertThat(Files.readString(file))
			.as("%s is out of date: run ./mvnw test -Dtest=ModularityTest -Dgba.docs.write=true", file)
			.isEqualTo(expected);
	}

}
