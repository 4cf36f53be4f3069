package org.ecooversight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.ecooversight.identity.User;
import org.ecooversight.shared.NoticeIssued;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The inbox: a notice reaches its addressees once, only they open it, and reading it counts. */
@DisplayName("站内通知 / the inbox")
class InboxTest extends NoticeFixtures {

	@Test
	@DisplayName("发给单位的通知：本单位每个用户都看得到；一人标记已读后全单位未读数减少，并记录由谁阅读")
	void aNoticeToAUnitIsSharedByItsUsersAndReadOnceForAll() throws Exception {
		UUID unit = aUnit();
		User first = aUser(unit, null, null);
		User second = aUser(unit, null, null);
		NoticeIssued notice = issue(aReminder(List.of(unit), List.of()));

		JsonNode inbox = get(first.username(), "/api/v1/notifications").body();
		assertThat(inbox.path("total").asLong()).isEqualTo(1);
		JsonNode entry = inbox.path("items").get(0);
		assertThat(entry.path("title").asString()).isEqualTo("督办提醒：池河镇料场扬尘问题整改期限将至");
		assertThat(entry.path("subject").asString()).isEqualTo("SQ-2026-000123");
		assertThat(entry.path("link").asString()).isEqualTo(notice.link());
		assertThat(entry.path("read").asBoolean()).isFalse();
		assertThat(get(second.username(), "/api/v1/notifications").body().path("items").get(0).path("id").asString())
			.isEqualTo(entry.path("id").asString());
		assertThat(unread(first)).isEqualTo(1);
		assertThat(unread(second)).isEqualTo(1);

		Response read = post(second.username(), "/api/v1/notifications/" + entry.path("id").asString() + "/read", null);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.body().path("read").asBoolean()).isTrue();
		assertThat(read.text("readBy")).isEqualTo(second.username());
		assertThat(unread(first)).isZero();
		assertThat(unread(second)).isZero();
		assertThat(get(first.username(), "/api/v1/notifications?unread=true").body().path("total").asLong()).isZero();
		assertThat(get(first.username(), "/api/v1/notifications/" + entry.path("id").asString()).text("readBy"))
			.isEqualTo(second.username());

		// Marking again changes nothing: the unit read it when the second user did.
		clock.advance(Duration.ofHours(1));
		Response again = post(first.username(), "/api/v1/notifications/" + entry.path("id").asString() + "/read", null);
		assertThat(again.text("readBy")).isEqualTo(second.username());
		assertThat(again.text("readAt")).isEqualTo(read.text("readAt"));
	}

	@Test
	@DisplayName("其他单位的用户看不到该通知，打开或标记已读被拒绝（403）并说明原因；个人通知只有本人可见")
	void nobodyButAnAddresseeOpensOrMarksANotice() throws Exception {
		UUID unit = aUnit();
		User addressee = aUser(unit, null, null);
		User colleague = aUser(unit, null, null);
		User outsider = aUser(aUnit(), null, null);
		issue(aReminder(List.of(unit), List.of()));
		clock.advance(Duration.ofMinutes(1));
		issue(aReminder(List.of(), List.of(addressee.username())));
		String unitEntry = entryOf(addressee, 1);
		String personalEntry = entryOf(addressee, 0);

		assertThat(get(outsider.username(), "/api/v1/notifications").body().path("total").asLong()).isZero();
		Response refused = post(outsider.username(), "/api/v1/notifications/" + unitEntry + "/read", null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text("detail")).contains("addressed to another unit");
		assertThat(get(outsider.username(), "/api/v1/notifications/" + unitEntry).status()).isEqualTo(403);
		assertThat(unread(addressee)).isEqualTo(2);

		// The personal notice: the colleague sees the unit's notice, not the one to the addressee alone.
		assertThat(get(colleague.username(), "/api/v1/notifications").body().path("total").asLong()).isEqualTo(1);
		Response notTheirs = post(colleague.username(), "/api/v1/notifications/" + personalEntry + "/read", null);
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(notTheirs.text("detail")).contains("addressed to another user");
		assertThat(post(addressee.username(), "/api/v1/notifications/" + personalEntry + "/read", null).status()).isEqualTo(200);
		assertThat(unread(addressee)).isEqualTo(1);
		assertThat(unread(colleague)).isEqualTo(1);
		assertThat(get(addressee.username(), "/api/v1/notifications/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	@DisplayName("同一通知投递两次（重试、重启后重发）：每个收件单位和个人各只存一条")
	void aNoticeDeliveredTwiceIsStoredOnce() throws Exception {
		UUID unit = aUnit();
		User user = aUser(unit, null, null);
		User other = aUser(aUnit(), null, null);
		NoticeIssued notice = aReminder(List.of(unit), List.of(other.username()));
		issue(notice);
		issue(notice);
		assertThat(inboxEntries(notice.noticeId())).isEqualTo(2);
		assertThat(get(user.username(), "/api/v1/notifications").body().path("total").asLong()).isEqualTo(1);
		assertThat(get(other.username(), "/api/v1/notifications").body().path("total").asLong()).isEqualTo(1);
	}

	@Test
	@DisplayName("收件箱按签发时间倒序分页；地址不存在的单位不影响其他收件人")
	void theInboxIsNewestFirstAndPaged() throws Exception {
		UUID unit = aUnit();
		User user = aUser(unit, null, null);
		NoticeIssued older = issue(aReminder(List.of(unit), List.of()));
		clock.advance(Duration.ofMinutes(5));
		NoticeIssued newer = issue(aReminder(List.of(unit, UUID.randomUUID()), List.of("nobody-such-user")));
		JsonNode page = get(user.username(), "/api/v1/notifications?size=1").body();
		assertThat(page.path("total").asLong()).isEqualTo(2);
		assertThat(page.path("items").get(0).path("noticeId").asString()).isEqualTo(newer.noticeId().toString());
		assertThat(get(user.username(), "/api/v1/notifications?size=1&page=1").body().path("items").get(0).path("noticeId").asString())
			.isEqualTo(older.noticeId().toString());
		assertThat(inboxEntries(newer.noticeId())).isEqualTo(1);
		assertThat(get(user.username(), "/api/v1/notifications?size=1000").status()).isEqualTo(400);
	}

	private long unread(User user) throws Exception {
		return get(user.username(), "/api/v1/notifications/unread-count").body().path("unread").asLong();
	}

	/** The id of the user's inbox entry at a position (newest first). */
	private String entryOf(User user, int index) throws Exception {
		return get(user.username(), "/api/v1/notifications").body().path("items").get(index).path("id").asString();
	}
}
