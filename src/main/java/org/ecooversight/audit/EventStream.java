package org.ecooversight.audit;

import java.util.List;
import java.util.UUID;

/** The events of one stream, in order; its version is the sequence number of the last event. */
public record EventStream(UUID streamId, List<RecordedEvent> events) {

	public EventStream {
		events = List.copyOf(events);
	}

	public int version() {
		return events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
	}

	public String headHash() {
		return events.isEmpty() ? HashChain.GENESIS : events.get(events.size() - 1).hash();
	}

	/** Whether the stream exists and belongs to an aggregate of this type (ids of other types are not it). */
	public boolean isOfType(String streamType) {
		return !events.isEmpty() && events.get(0).streamType().equals(streamType);
	}

	public boolean isEmpty() {
		return events.isEmpty();
	}
}
