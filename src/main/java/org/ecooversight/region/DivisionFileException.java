package org.ecooversight.region;

/**
 * A division file that cannot be loaded, naming the file, the line (1 is the header; 0 when the
 * problem is the whole file) and what is wrong with it, e.g.
 * "streets.csv line 17: code 61092299 has 8 digits, a town code has 9".
 */
public class DivisionFileException extends RuntimeException {

	private final String file;
	private final int line;
	private final String reason;

	public DivisionFileException(String file, int line, String reason) {
		super(file + (line > 0 ? " line " + line : "") + ": " + reason);
		this.file = file;
		this.line = line;
		this.reason = reason;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	public String reason() {
		return reason;
	}
}
