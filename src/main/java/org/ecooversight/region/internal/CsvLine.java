package org.ecooversight.region.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a comma-separated file (RFC 4180 without line breaks inside fields): fields
 * are separated by commas, a field may be enclosed in double quotes, and inside quotes a doubled
 * quote stands for one quote and a comma is part of the field.
 */
public final class CsvLine {

	private CsvLine() {
	}

	/**
	 * The fields of a line, unquoted.
	 *
	 * @throws IllegalArgumentException naming what is malformed (an unterminated quote, text after a
	 * closing quote, a quote inside an unquoted field)
	 */
	public static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		int n = line.length();
		while (true) {
			int column = fields.size() + 1;
			field.setLength(0);
			if (i < n && line.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= n) {
						throw new IllegalArgumentException("column " + column + " opens a quote that is never closed");
					}
					char c = line.charAt(i++);
					if (c != '"') {
						field.append(c);
					}
					else if (i < n && line.charAt(i) == '"') {
						field.append('"');
						i++;
					}
					else {
						break;
					}
				}
				if (i < n && line.charAt(i) != ',') {
					throw new IllegalArgumentException("column " + column + " has text after its closing quote");
				}
			}
			else {
				while (i < n && line.charAt(i) != ',') {
					char c = line.charAt(i++);
					if (c == '"') {
						throw new IllegalArgumentException(
								"column " + column + " has a quote inside an unquoted value; quote the whole value");
					}
					field.append(c);
				}
			}
			fields.add(field.toString());
			if (i >= n) {
				return fields;
			}
			i++; // the comma
		}
	}
}
