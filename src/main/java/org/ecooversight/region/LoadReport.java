package org.ecooversight.region;

/**
 * What a load of division codes did: how many rows it read, how many it stored, and how many were
 * there already (and left as they were).
 */
public record LoadReport(int read, int inserted, int alreadyPresent) {

	@Override
	public String toString() {
		return "read " + read + ", inserted " + inserted + ", already present " + alreadyPresent;
	}
}
