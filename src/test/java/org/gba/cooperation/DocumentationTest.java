package org.gba.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README stays short enough to read in ten minutes, and no relative link of the
 * Markdown docs (README, BENCHMARKS.md, docs/) points at a file that is not there.
 */
class DocumentationTest {

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

	@Test
	void theReadmeIsShort() throws IOException {
		assertThat(Files.readAllLines(Path.of("README.md"))).as("README.md's lines").hasSizeLessThanOrEqualTo(250);
	}

	@Test
	void relativeLinksPointAtFilesThatExist() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("BENCHMARKS.md")));
		try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
			docs.filter((file) -> file.toString().endsWith(".md")).forEach(pages::add);
		}
		List<String> broken = new ArrayList<>();
		for (Path page : pages) {
			Matcher link = LINK.matcher(Files.readString(page));
			while (link.find()) {
				String target = link.group(1);
				if (target.contains("://") || target.startsWith("mailto:")) {
					continue;
				}
				Path resolved = page.toAbsolutePath().getParent().resolve(target).normalize();
				if (!Files.exists(resolved)) {
					broken.add(page + " -> " + target);
				}
			}
		}
		assertThat(broken).as("links to missing files").isEmpty();
	}

}
