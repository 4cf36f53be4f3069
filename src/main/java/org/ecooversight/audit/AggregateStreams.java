package org.ecooversight.audit;

import java.util.Optional;
import java.util.UUID;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.NotFoundException;

/**
 * Loading and saving one kind of {@link EventSourced} aggregate, a stream each in the record: find
 * (empty for a missing stream or one of another kind), add a new one, change one and append what it
 * recorded, chained to the head just read. A repository keeps its projection tables next to this,
 * in the same transaction (its caller's).
 *
 * @param <A> the aggregate
 * @param <E> its sealed event type
 */
public final class AggregateStreams<A extends EventSourced<E>, E> {

	private final EventStore record;
	private final String streamType;
	private final String noun;
	private final EventTypes<E> types;
	private final BiFunction<UUID, List<E>, A> replay;

	/**
	 * @param streamType the streams' type in the record ({@code ACCOUNTABILITY_CASE})
	 * @param noun what the aggregate is called in a "does not exist" message ({@code case})
	 * @param replay rebuilds an aggregate from its id and history
	 */
	public AggregateStreams(EventStore record, String streamType, String noun, Class<E> eventType,
			BiFunction<UUID, List<E>, A> replay) {
		this.record = record;
		this.streamType = streamType;
		this.noun = noun;
		this.types = EventTypes.of(eventType);
		this.replay = replay;
	}

	public String streamType() {
		return streamType;
	}

	public Optional<A> find(UUID id) {
		EventStream stream = record.load(id);
		if (!stream.isOfType(streamType)) {
			return Optional.empty();
		}
		return Optional.of(replay.apply(id, types.read(record, stream)));
	}

	public A require(UUID id) {
		return find(id).orElseThrow(() -> notFound(id));
	}

	/** The aggregate's stream, for its timeline; 404 when there is none of this kind. */
	public EventStream stream(UUID id) {
		EventStream stream = record.load(id);
		if (!stream.isOfType(streamType)) {
			throw notFound(id);
		}
		return stream;
	}

	/**
	 * Appends a new aggregate's events as the start of its stream (an id already taken is refused by
	 * the store); returns them, for a repository that publishes them.
	 */
	public List<E> add(UUID id, A aggregate, Actor actor) {
		List<E> events = aggregate.pendingEvents();
		record.append(streamType, id, 0, events, actor);
		aggregate.markSaved();
		return events;
	}

	/**
	 * Loads the aggregate, lets {@code change} act on it and appends what it recorded, chained to the
	 * head just read; {@code saved} then gets the aggregate and the events appended, to bring the
	 * projection up to date (not called when nothing was recorded).
	 */
	public A change(UUID id, Actor actor, Consumer<A> change, BiConsumer<A, List<E>> saved) {
		EventStream stream = stream(id);
		A aggregate = replay.apply(id, types.read(record, stream));
		change.accept(aggregate);
		List<E> events = aggregate.pendingEvents();
		if (!events.isEmpty()) {
			record.append(streamType, stream, events, actor);
			aggregate.markSaved();
			saved.accept(aggregate, events);
		}
		return aggregate;
	}

	private NotFoundException notFound(UUID id) {
		return new NotFoundException(noun + " " + id + " does not exist");
	}
}
