package org.ecooversight.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event types of one recorded aggregate, known by their simple names (which is what the record
 * stores): built from a sealed interface's permitted records.
 */
public final class EventTypes<E> {

	private final Map<String, Class<? extends E>> byName = new HashMap<>();

	private EventTypes(Class<E> sealedType) {
		Class<?>[] permitted = sealedType.getPermittedSubclasses();
		if (permitted == null) {
			throw new IllegalArgumentException(sealedType + " is not sealed");
		}
		for (Class<?> type : permitted) {
			byName.put(type.getSimpleName(), type.asSubclass(sealedType));
		}
	}

	public static <E> EventTypes<E> of(Class<E> sealedType) {
		return new EventTypes<>(sealedType);
	}

	/** The stream's events as the aggregate's own types, oldest first. */
	public List<E> read(EventStore store, EventStream stream) {
		return stream.events().stream().map(e -> read(store, e)).toList();
	}

	public E read(EventStore store, RecordedEvent event) {
		Class<? extends E> type = byName.get(event.eventType());
		if (type == null) {
			throw new IllegalStateException("unknown event type " + event.eventType() + " in stream " + event.streamId());
		}
		return store.read(event, type);
	}

}
