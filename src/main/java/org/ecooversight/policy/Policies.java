package org.ecooversight.policy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.ecooversight.intake.Channel;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the jurisdiction's policy file at start-up ({@code eco.policy.file}, by default
 * {@code classpath:policies/<region code>.yaml}). A mistake stops the start with the file, key and
 * line; a file for another jurisdiction is refused too.
 */
@Component
public class Policies {

	private final JurisdictionPolicy current;

	Policies(ResourceLoader resources, @Value("${eco.policy.file:classpath:policies/${eco.jurisdiction.region-code}.yaml}") String location,
			Jurisdiction served) throws IOException {
		String jurisdiction = served.regionCode();
		Resource resource = resources.getResource(location);
		if (!resource.exists()) {
			throw new PolicyFileException(location, 0, null, "no policy file for jurisdiction " + jurisdiction);
		}
		PolicyFile file = new PolicyFile(resource.getFilename(),
				Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.toSet()),
				Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet()));
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			this.current = file.parse(reader);
		}
		if (!current.regionCode().equals(jurisdiction)) {
			throw new PolicyFileException(resource.getFilename(), 0, "jurisdiction.regionCode",
					"the file is for " + current.regionCode() + ", the platform serves " + jurisdiction);
		}
	}

	public JurisdictionPolicy current() {
		return current;
	}
}
