package org.ecooversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "不得隐瞒、歪曲、捏造问题事实": a row changed, or a tail removed, directly in the database is caught
 * by verification, which names the first problem and event that no longer match.
 */
@DisplayName("留痕防篡改 / tamper evidence")
class TamperEvidenceTest extends PlatformTest {

	@Autowired
	VerifyingTheRecord verifying;

	@Autowired
	Checkpointing checkpointing;

	private Runnable restore = () -> {
	};

	@AfterEach
	void putTheRecordBack() {
		restore.run();
	}

	@Test
	@DisplayName("直接在数据库里改写一条记录，验证指出被改的问题和事件")
	void editingOneRowDirectlyIsCaught() throws Exception {
		assertThat(verifying.verify().intact()).as(verifying.verify().summary()).isTrue();
		String problem = acceptedProblem(CHIHE, unique("池河镇企业违规堆放危废"), "SOLID_WASTE");
		assign(problem);
		assertThat(get("auditadmin", "/api/v1/audit/verification").text("status")).isEqualTo("INTACT");

		UUID id = UUID.fromString(problem);
		String original = jdbc.sql("select payload from audit_event where stream_id = ? and seq = 2").param(id).query(String.class).single();
		String bent = original.replaceFirst("\"deadline\":\"[0-9-]+\"", "\"deadline\":\"2099-12-31\"");
		assertThat(bent).isNotEqualTo(original);
		tamper("update audit_event set payload = ? where stream_id = ? and seq = 2", bent, id);
		restore = () -> tamper("update audit_event set payload = ? where stream_id = ? and seq = 2", original, id);

		Verification broken = verifying.verify();
		assertThat(broken.intact()).isFalse();
		assertThat(broken.firstBreak().streamId()).isEqualTo(id);
		assertThat(broken.firstBreak().seq()).isEqualTo(2);
		assertThat(broken.firstBreak().eventType()).isEqualTo("ProblemAssigned");
		assertThat(broken.firstBreak().reason()).contains("changed");
		Response api = get("auditadmin", "/api/v1/audit/verification");
		assertThat(api.text("status")).isEqualTo("BROKEN");
		assertThat(api.body().path("firstBreak").path("streamId").asString()).isEqualTo(problem);
		// The unit reported on cannot run the verification.
		assertThat(get("chihe", "/api/v1/audit/verification").status()).isEqualTo(403);
	}

	@Test
	@DisplayName("删除一条事件及其链头，在检查点之后也会被发现")
	void removingTheTailAfterACheckpointIsCaught() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇砖厂烟尘"), "AIR");
		assign(problem);
		checkpointing.checkpoint();
		assertThat(verifying.verify().intact()).isTrue();
		UUID id = UUID.fromString(problem);
		Map<String, Object> row = jdbc.sql("select * from audit_event where stream_id = ? and seq = 2").param(id).query().singleRow();
		Map<String, Object> head = jdbc.sql("select * from audit_stream_head where stream_id = ?").param(id).query().singleRow();
		String firstHash = jdbc.sql("select hash from audit_event where stream_id = ? and seq = 1").param(id).query(String.class).single();
		tamper("delete from audit_event where stream_id = ? and seq = 2", id);
		tamper("update audit_stream_head set seq = 1, hash = ? where stream_id = ?", firstHash, id);
		restore = () -> {
			tamper("insert into audit_event (global_seq, stream_type, stream_id, seq, event_type, occurred_at, actor, payload, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					row.get("global_seq"), row.get("stream_type"), id, 2, row.get("event_type"), row.get("occurred_at"),
					row.get("actor"), row.get("payload"), row.get("prev_hash"), row.get("hash"));
			tamper("update audit_stream_head set seq = ?, hash = ? where stream_id = ?", head.get("seq"), head.get("hash"), id);
		};
		Verification broken = verifying.verify();
		assertThat(broken.intact()).isFalse();
		assertThat(broken.firstBreak().streamId()).isEqualTo(id);
		assertThat(broken.firstBreak().reason()).contains("checkpoint");
	}

	/** What a database administrator could do behind the platform's back (on PostgreSQL past the append-only trigger). */
	private void tamper(String sql, Object... params) {
		boolean postgres = jdbc.sql("select 1").query((rs, i) -> {
			try {
				return rs.getStatement().getConnection().getMetaData().getDatabaseProductName().contains("PostgreSQL");
			}
			catch (java.sql.SQLException e) {
				return false;
			}
		}).single();
		if (postgres) {
			jdbc.sql("alter table audit_event disable trigger audit_event_no_update_or_delete").update();
		}
		try {
			jdbc.sql(sql).params(params).update();
		}
		finally {
			if (postgres) {
				jdbc.sql("alter table audit_event enable trigger audit_event_no_update_or_delete").update();
			}
		}
	}
}
