package org.ecooversight.organisation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the rest of the platform asks of the organisation over and over (the county's own units by
 * kind, its leaders in charge on a day: every notice, reminder and trigger asks), kept in memory
 * until the organisation changes. Every change is recorded as an {@link OrganisationChanged}, and
 * recording one {@linkplain #changing() forgets everything}: at once (the changing transaction
 * sees its own change), and again when that transaction ends, committed or rolled back; nothing
 * read while a change is under way is kept. So no answer outlives a change made on this instance;
 * one made by another instance shows after at most {@value #FRESH_SECONDS} seconds.
 */
@Component
class OrganisationCache {

	static final long FRESH_SECONDS = 60;
	private static final int MAX_ENTRIES = 1000;

	private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
	private final AtomicLong generation = new AtomicLong();
	private final AtomicInteger changesUnderWay = new AtomicInteger();
	private final LongSupplier nanoTime;

	OrganisationCache() {
		this(System::nanoTime);
	}

	OrganisationCache(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
	}

	private record Entry(Object value, long generation, long at) {
	}

	/** The answer kept for {@code key}, or {@code load}'s, kept if no change came in between. */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> load) {
		long now = nanoTime.getAsLong();
		long current = generation.get();
		Entry kept = entries.get(key);
		if (kept != null && kept.generation() == current && now - kept.at() < FRESH_SECONDS * 1_000_000_000L) {
			return (T) kept.value();
		}
		T value = load.get();
		if (changesUnderWay.get() == 0 && generation.get() == current) {
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
			entries.put(key, new Entry(value, current, now));
		}
		return value;
	}

	/** The organisation is changing in the current transaction: forget now and when it ends. */
	void changing() {
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			changesUnderWay.incrementAndGet();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget();
					changesUnderWay.decrementAndGet();
				}
			});
		}
	}

	private void forget() {
		generation.incrementAndGet();
		entries.clear();
	}
}
