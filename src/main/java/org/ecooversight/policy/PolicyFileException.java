package org.ecooversight.policy;

/** A policy file the platform refuses, naming the file, the key and the line. */
public class PolicyFileException extends RuntimeException {

	private final String file;
	private final int line;
	private final String key;

	public PolicyFileException(String file, int line, String key, String reason) {
		super(file + " line " + line + (key == null ? "" : ", key '" + key + "'") + ": " + reason);
		this.file = file;
		this.line = line;
		this.key = key;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	public String key() {
		return key;
	}
}
