package org.ecooversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.audit.Verification.Kind;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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

	@Autowired
	UserDetailsService users;

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

	@Test
	@DisplayName("四个问题的记录被改动（改写、删除中间一条、删除末尾一条、调换顺序）：验证逐一列出，以问题编号指明；被改的问题页面和接口给出警示")
	void everyTamperedStreamIsListedByItsCodeAndItsPageWarns() throws Exception {
		String edited = progressed(unique("池河镇石料厂夜间粉尘"));
		String gap = progressed(unique("池河镇养殖场污水直排"));
		String tail = progressed(unique("池河镇砂场噪声扰民"));
		String swapped = progressed(unique("池河镇洗砂废水外溢"));
		String untouched = progressed(unique("池河镇垃圾露天焚烧"));
		assertThat(verifying.verify().intact()).as(verifying.verify().summary()).isTrue();
		List<Runnable> restores = new ArrayList<>();
		for (String p : List.of(edited, gap, tail, swapped)) {
			restores.add(snapshot(UUID.fromString(p)));
		}
		restore = () -> restores.forEach(Runnable::run);

		// an evaluation's words bent, a middle entry deleted, the last entry deleted, two entries swapped
		UUID e = UUID.fromString(edited);
		String original = jdbc.sql("select payload from audit_event where stream_id = ? and seq = 2").param(e).query(String.class).single();
		tamper("update audit_event set payload = ? where stream_id = ? and seq = 2",
				original.replaceFirst("\"requirements\":\"[^\"]*\"", "\"requirements\":\"无需整改\""), e);
		tamper("delete from audit_event where stream_id = ? and seq = 2", UUID.fromString(gap));
		tamper("delete from audit_event where stream_id = ? and seq = 3", UUID.fromString(tail));
		UUID s = UUID.fromString(swapped);
		tamper("update audit_event set seq = 100 where stream_id = ? and seq = 2", s);
		tamper("update audit_event set seq = 2 where stream_id = ? and seq = 3", s);
		tamper("update audit_event set seq = 3 where stream_id = ? and seq = 100", s);

		Verification v = verifying.verify();
		assertThat(v.intact()).isFalse();
		assertThat(v.brokenStreams()).isEqualTo(4);
		Map<String, Verification.Break> byCode = new java.util.HashMap<>();
		v.breaks().forEach(b -> byCode.put(b.name(), b));
		assertThat(byCode).containsOnlyKeys(code(edited), code(gap), code(tail), code(swapped));
		assertThat(byCode.get(code(edited))).satisfies(b -> {
			assertThat(b.kind()).isEqualTo(Kind.CONTENT_CHANGED);
			assertThat(b.seq()).isEqualTo(2);
			assertThat(b.eventType()).isEqualTo("ProblemAssigned");
		});
		assertThat(byCode.get(code(gap))).satisfies(b -> {
			assertThat(b.kind()).isEqualTo(Kind.EVENT_MISSING);
			assertThat(b.seq()).isEqualTo(3);
		});
		assertThat(byCode.get(code(tail)).kind()).isEqualTo(Kind.HEAD_MISMATCH);
		assertThat(byCode.get(code(swapped))).satisfies(b -> {
			assertThat(b.kind()).isEqualTo(Kind.NOT_CHAINED);
			assertThat(b.seq()).isEqualTo(2);
		});
		assertThat(v.summary().lines()).hasSize(5).anySatisfy(l -> assertThat(l).contains(code(gap)));

		Response api = get("auditadmin", "/api/v1/audit/verification");
		assertThat(api.body().path("breaks").valueStream().map(b -> b.path("name").asString()))
			.containsExactlyInAnyOrder(code(edited), code(gap), code(tail), code(swapped));

		// the audit administrator's page: each problem by its code, the entry and the reason in words
		String report = page("auditadmin", "/admin/verification");
		assertThat(report).contains(code(edited), code(gap), code(tail), code(swapped), "该条内容在登记后被改动",
				"交办（整改通知书）", "该条之前的记录已被删除", "衔接不上");
		assertThat(report).doesNotContain(edited, gap, tail, swapped, "CONTENT_CHANGED");
		assertThat(page("auditadmin", "/admin/verification?lang=en")).contains("its content was changed after it was recorded");

		// the tampered problem, as the unit that rectifies it sees it: a warning above the forged content, a flag in the API
		String shown = page("eeb", "/problems/" + edited);
		assertThat(shown).contains("留痕记录校验未通过", "第 2 条记录「交办（整改通知书）」：该条内容在登记后被改动", "此条记录校验不符");
		Response view = get("eeb", "/api/v1/problems/" + edited);
		assertThat(view.body().path("notices").get(0).path("requirements").asString()).isEqualTo("无需整改");
		assertThat(view.body().path("recordIntegrity").path("intact").asBoolean()).isFalse();
		assertThat(view.body().path("recordIntegrity").path("brokenAt").path("kind").asString()).isEqualTo("CONTENT_CHANGED");
		assertThat(page("eeb", "/problems/" + gap)).contains("留痕记录校验未通过", "该条之前的记录已被删除");
		// an untouched problem is served without a warning
		assertThat(page("eeb", "/problems/" + untouched)).doesNotContain("留痕记录校验未通过");
		assertThat(get("eeb", "/api/v1/problems/" + untouched).body().path("recordIntegrity").path("intact").asBoolean()).isTrue();
	}

	@Test
	@DisplayName("问责案件的记录被改动：案件页面给出警示，接口标明")
	void aTamperedCaseIsServedWithAWarning() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇尾矿库渗漏"), "WATER");
		assign(problem);
		Response referred = post("chihe", "/api/v1/accountability/triggers", Map.of("problemId", problem, "reason", "整改不力"));
		Response assessed = post("discipline", "/api/v1/accountability/triggers/" + referred.text("id") + "/assessment",
				Map.of("decision", "OPEN_CASE", "reason", "事实清楚，立案追责"));
		String caseId = assessed.text("caseId");
		assertThat(get("discipline", "/api/v1/accountability/cases/" + caseId).body().path("recordIntegrity").path("intact").asBoolean()).isTrue();
		UUID id = UUID.fromString(caseId);
		restore = snapshot(id);
		String first = jdbc.sql("select payload from audit_event where stream_id = ? and seq = 1").param(id).query(String.class).single();
		tamper("update audit_event set payload = ? where stream_id = ? and seq = 1", first.replace("整改不力", "无"), id);

		Response view = get("discipline", "/api/v1/accountability/cases/" + caseId);
		assertThat(view.body().path("recordIntegrity").path("intact").asBoolean()).isFalse();
		assertThat(page("discipline", "/accountability/cases/" + caseId)).contains("留痕记录校验未通过", "第 1 条记录");
		String number = view.text("number");
		assertThat(verifying.verify().breaks()).anySatisfy(b -> assertThat(b.name()).isEqualTo(number));
	}

	/** A problem accepted, assigned (requirements in entry 2) and with progress reported (entry 3). */
	private String progressed(String description) throws Exception {
		String problem = acceptedProblem(CHIHE, description, "AIR");
		assign(problem);
		Response r = act("eeb", problem, "progress", Map.of("content", "已停产整顿"));
		assertThat(r.status()).as(r.raw()).isEqualTo(200);
		return problem;
	}

	private String code(String problem) throws Exception {
		return get("taskforce", "/api/v1/problems/" + problem).text("code");
	}

	/** A page's HTML as a signed-in user, in Chinese unless the path asks otherwise. */
	private String page(String username, String path) throws Exception {
		var result = mvc.perform(MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML)
			.with(user(users.loadUserByUsername(username)))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Puts a stream's events and head back as they are now. */
	private Runnable snapshot(UUID id) {
		List<Map<String, Object>> rows = jdbc.sql("select * from audit_event where stream_id = ? order by seq").param(id).query().listOfRows();
		Map<String, Object> head = jdbc.sql("select * from audit_stream_head where stream_id = ?").param(id).query().singleRow();
		return () -> {
			tamper("delete from audit_event where stream_id = ?", id);
			for (Map<String, Object> row : rows) {
				tamper("insert into audit_event (global_seq, stream_type, stream_id, seq, event_type, occurred_at, actor, payload, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						row.get("global_seq"), row.get("stream_type"), id, row.get("seq"), row.get("event_type"),
						row.get("occurred_at"), row.get("actor"), row.get("payload"), row.get("prev_hash"), row.get("hash"));
			}
			tamper("update audit_stream_head set seq = ?, hash = ? where stream_id = ?", head.get("seq"), head.get("hash"), id);
		};
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
