package org.ecooversight.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ecooversight.intake.Channel;
import org.ecooversight.intake.ReceivingLead;
import org.ecooversight.intake.ReceivingLead.ReceiveLead;
import org.ecooversight.intake.ReporterContact;
import org.ecooversight.ledger.AcceptingLead;
import org.ecooversight.ledger.AcceptingLead.AcceptLead;
import org.ecooversight.ledger.AssigningProblem;
import org.ecooversight.ledger.AssigningProblem.AssignProblem;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.springframework.context.ApplicationContext;

/**
 * Many problems at once, taken where they are through the use cases (received on the hotline,
 * accepted, assigned to 池河镇's dust regulator with one deadline): for the sweep's reliability tests
 * and benchmark.
 */
public final class AssignedProblems {

	private AssignedProblems() {
	}

	public static List<ProblemId> seed(ApplicationContext app, int count, LocalDate deadline, int threads)
			throws Exception {
		ReceivingLead receiving = app.getBean(ReceivingLead.class);
		AcceptingLead accepting = app.getBean(AcceptingLead.class);
		AssigningProblem assigning = app.getBean(AssigningProblem.class);
		Organisation organisation = app.getBean(Organisation.class);
		UUID taskForceUnit = organisation.unitByCode("SQ-TASKFORCE").orElseThrow().id().value();
		UUID officeUnit = organisation.unitByCode("SQ-EPC-OFFICE").orElseThrow().id().value();
		Actor office = new Actor("office", officeUnit, Set.of(Role.COMMITTEE_OFFICE));
		Actor taskForce = new Actor("taskforce", taskForceUnit, Set.of(Role.TASK_FORCE_MEMBER));
		String batch = UUID.randomUUID().toString().substring(0, 8);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<ProblemId>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					var lead = receiving.receive(new ReceiveLead(Channel.HOTLINE_12369, null,
							"池河镇某料场扬尘（批次" + batch + "，第" + n + "件）", "610922104", "池河镇某村", null, null,
							List.of("AIR"), null, null, false, new ReporterContact("举报人", "13800000000", null), null),
							List.of(), null, office).lead();
					ProblemId problem = accepting.accept(new AcceptLead(lead.id(), null, null, null), taskForce).id();
					assigning.assign(new AssignProblem(problem, "限期整改", deadline, null), null, taskForce);
					return problem;
				}));
			}
			List<ProblemId> ids = new ArrayList<>();
			for (Future<ProblemId> f : futures) {
				ids.add(f.get());
			}
			return Collections.unmodifiableList(ids);
		}
		finally {
			pool.shutdown();
		}
	}
}
