package org.gba.cooperation.exports;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the nodes of an export to its file, one at a time, as the pages arrive: nothing
 * is kept but the writer's buffer.
 */
abstract class RowWriter implements Closeable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	protected final Writer out;

	RowWriter(OutputStream out) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
	}

	/** A writer of this format, having written what comes before the first row. */
	static RowWriter of(ExportFormat format, OutputStream out, List<ExportQuery.Column> columns) throws IOException {
		return switch (format) {
			case JSONL -> new JsonLines(out);
			case CSV -> new Csv(out, columns);
		};
	}

	/** Writes one node, as the query selected it. */
	abstract void write(Map<String, Object> node) throws IOException;

	/** Hands what is buffered to the file, at the end of each page. */
	void flush() throws IOException {
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

	static String json(@Nullable Object value) {
		return JSON.writeValueAsString(value);
	}

	/** JSON Lines: one object per node and line. */
	static final class JsonLines extends RowWriter {

		JsonLines(OutputStream out) {
			super(out);
		}

		@Override
		void write(Map<String, Object> node) throws IOException {
			this.out.write(json(node));
			this.out.write('\n');
		}

	}

	/**
	 * CSV after RFC 4180 (CRLF line ends, fields with commas, quotes or line breaks in
	 * quotes, quotes doubled), UTF-8 with a byte order mark so that Excel reads it as
	 * UTF-8; a header row of the columns' dotted names.
	 */
	static final class Csv extends RowWriter {

		private final List<ExportQuery.Column> columns;

		Csv(OutputStream out, List<ExportQuery.Column> columns) throws IOException {
			super(out);
			this.columns = columns;
			this.out.write('\uFEFF');
			for (int i = 0; i < columns.size(); i++) {
				cell(i, columns.get(i).name(), false);
			}
			this.out.write("\r\n");
		}

		@Override
		void write(Map<String, Object> node) throws IOException {
			for (int i = 0; i < this.columns.size(); i++) {
				ExportQuery.Column column = this.columns.get(i);
				Object value = value(node, column.path());
				String text;
				boolean guard = false;
				if (value == null) {
					text = "";
				}
				else if (column.json()) {
					text = json(value);
				}
				else if (value instanceof BigDecimal decimal) {
					text = decimal.toPlainString();
				}
				else {
					text = value.toString();
					guard = value instanceof String;
				}
				cell(i, text, guard);
			}
			this.out.write("\r\n");
		}

		private static @Nullable Object value(Map<String, Object> node, List<String> path) {
			Object value = node;
			for (String key : path) {
				if (!(value instanceof Map<?, ?> map)) {
					return null;
				}
				value = map.get(key);
			}
			return value;
		}

		/**
		 * One field: quoted when it holds a comma, a quote or a line break; a text that a
		 * spreadsheet would take for a formula is prefixed with an apostrophe.
		 */
		private void cell(int index, String text, boolean guardFormula) throws IOException {
			if (index > 0) {
				this.out.write(',');
			}
			String cell = (guardFormula && startsLikeAFormula(text)) ? "'" + text : text;
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0) {
				this.out.write('"');
				this.out.write(cell.replace("\"", "\"\""));
				this.out.write('"');
			}
			else {
				this.out.write(cell);
			}
		}

		static boolean startsLikeAFormula(String text) {
			if (text.isEmpty()) {
				return false;
			}
			char first = text.charAt(0);
			return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		}

	}

}
