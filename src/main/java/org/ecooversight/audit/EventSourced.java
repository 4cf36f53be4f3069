package org.ecooversight.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * An aggregate whose state is its events (ADR 0002): it applies each event it records or replays,
 * keeps what it recorded since it was loaded until its repository appends it to the record, and
 * knows its version (the number of events in its stream). Subclasses say how an event changes them
 * ({@link #apply}) and record new events only through {@link #record}.
 *
 * @param <E> the aggregate's sealed event type
 */
public abstract class EventSourced<E> {

	private int version;
	private final List<E> pending = new ArrayList<>();

	/** How an event, new or replayed, changes the aggregate. */
	protected abstract void apply(E event);

	/** A new event: applied now, appended to the record when the repository saves the aggregate. */
	protected void record(E event) {
		apply(event);
		pending.add(event);
	}

	/** Rebuilds the state from the stream's history; the version is the history's length. */
	protected final void replay(List<E> history) {
		history.forEach(this::apply);
		version = history.size();
	}

	/** What was recorded since the aggregate was loaded or last saved. */
	public final List<E> pendingEvents() {
		return List.copyOf(pending);
	}

	/** The repository appended the pending events: they now count in the version. */
	public final void markSaved() {
		version += pending.size();
		pending.clear();
	}

	public final int version() {
		return version;
	}
}
