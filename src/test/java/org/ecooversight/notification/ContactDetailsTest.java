package org.ecooversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import org.ecooversight.identity.User;
import org.ecooversight.identity.Users;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.InvalidInputException.FieldError;
import org.ecooversight.shared.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Where a notice reaches a user outside the platform: an account's e-mail address and mobile number. */
@DisplayName("账号的邮箱和手机号 / an account's contact details")
class ContactDetailsTest extends NoticeFixtures {

	@Autowired
	Users users;

	@Test
	@DisplayName("邮箱须为 name@domain 形式，手机号须为 1[3-9] 开头的 11 位数字；两处错误一并说明")
	void contactDetailsOfTheWrongShapeAreRefusedTogether() {
		UUID unit = aUnit();
		assertThatThrownBy(() -> users.create("nt-" + UUID.randomUUID().toString().substring(0, 8), "经办人", "demo1234", unit,
				null, EnumSet.of(Role.DEPARTMENT_HANDLER), "chihe.example.gov.cn", "12800000000", Actor.SYSTEM))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
				.containsExactly("email", "mobile"));

		User user = aUser(unit, " chihe@shiquan.example.gov.cn ", "13912345678");
		assertThat(users.find(user.username()).orElseThrow()).extracting(User::email, User::mobile)
			.containsExactly("chihe@shiquan.example.gov.cn", "13912345678");
		assertThat(users.enabledOf(unit)).extracting(User::username).containsExactly(user.username());
	}

	@Test
	@DisplayName("演示账号带有示例域名下的邮箱，没有手机号")
	void demoAccountsHaveExampleAddressesAndNoMobiles() {
		User chihe = users.find("chihe").orElseThrow();
		assertThat(chihe.email()).isEqualTo("chihe@shiquan.example.gov.cn");
		assertThat(chihe.mobile()).isNull();
	}
}
