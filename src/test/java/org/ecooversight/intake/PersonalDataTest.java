package org.ecooversight.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecooversight.intake.PersonalData.Kind;
import org.ecooversight.intake.PersonalData.Scan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 个人信息脱敏: what a caller writes about himself never reaches the unit reported on. */
@DisplayName("描述中的个人信息脱敏 / personal data in free text")
class PersonalDataTest {

	private static final ReporterContact ZHANG = new ReporterContact("张某某", "13912345678", null);

	@Test
	@DisplayName("来电人把自己的姓名、电话、身份证号和车牌写进描述：全部脱敏，其余文字不变")
	void aCallersOwnDataInTheDescriptionIsMasked() {
		Scan scan = PersonalData.scan("我是五爱村张某某，电话13912345678，身份证号610922199001011234，车牌陕G·A1234夜里偷排", ZHANG);

		assertThat(scan.text())
			.isEqualTo("我是五爱村张**，电话139****5678，身份证号610922********1234，车牌陕G·***34夜里偷排");
		assertThat(scan.kinds()).containsExactly(Kind.NAME, Kind.MOBILE, Kind.ID_CARD, Kind.PLATE);
		assertThat(scan.found()).allSatisfy(f -> assertThat(scan.text().substring(f.start(), f.end())).isEqualTo(f.masked()));
	}

	@Test
	@DisplayName("匿名来电同样按通用规则脱敏：手机、座机、身份证、车牌、邮箱、自报姓名")
	void anAnonymousCallersTextIsMaskedByTheGeneralRules() {
		Scan scan = PersonalData.scan("联系人：李建国，手机 139-1234-5678，座机0915-6312345，邮箱 lijianguo@163.com，"
				+ "新能源渣土车陕A·D12345深夜倾倒", null);

		assertThat(scan.text()).isEqualTo("联系人：李**，手机 139-****-5678，座机0915-*****45，邮箱 l********@163.com，"
				+ "新能源渣土车陕A·****45深夜倾倒");
		assertThat(scan.kinds()).containsExactly(Kind.NAME, Kind.MOBILE, Kind.LANDLINE, Kind.PLATE, Kind.EMAIL);
	}

	@Test
	@DisplayName("举报人自己留的电话以别的写法出现在描述中也能找到")
	void theReportersOwnPhoneIsFoundWhateverItsSeparators() {
		var own = new ReporterContact("王秀英", "+86 138 0000 1111", "wxy@example.cn");
		Scan scan = PersonalData.scan("请回电138 0000 1111找王秀英（wxy@example.cn）", own);

		assertThat(scan.text()).isEqualTo("请回电138 **** 1111找王**（w**@example.cn）");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"13912345678|139****5678",
			"+8613912345678|+86139****5678",
			"(0915)6312345|(0915)*****45",
			"029-88888888|029-******88",
			"11010519491231002X|110105********002X",
			"川A12345|川A***45",
			"粤B·D12345|粤B·****45",
			"陕G·1234学|陕G·***4学",
			"我叫欧阳娜娜，|我叫欧阳**，",
			"举报人王某反映|举报人王*反映" })
	@DisplayName("按 12345 热线的样式脱敏")
	void masksInTheHotlinesStyle(String text, String masked) {
		assertThat(PersonalData.mask(text)).isEqualTo(masked);
	}

	@ParameterizedTest
	@ValueSource(strings = { "问题编号SQ-2026-000001已交办", "2026年5月28日、2026-05-28 23:30现场检查",
			"统一社会信用代码91610922MA6YB1234X，另一家信用代码：526109199001010112",
			"中央督察交办件D3SX202505280018，省督察X2HA202104270093*", "坐标108.2478，33.0391，海拔1391.2米",
			"堆放约13000吨，距河道150米，面积2000平方米，排放量0.915吨/日", "我是五爱村村民，我是高中生，本人多次反映，本人于昨日，我是和平村的",
			"石泉县城关镇某村，池河镇政府", "金额共计1380000元", "订单号20250528123456789012" })
	@DisplayName("编号、日期、信用代码、督察编号、坐标、数量都不是个人信息")
	void codesDatesAndQuantitiesAreLeftAlone(String text) {
		Scan scan = PersonalData.scan(text, null);
		assertThat(scan.found()).isEmpty();
		assertThat(scan.text()).isEqualTo(text);
	}

	@Test
	@DisplayName("辖区可配置脱敏的种类：不遮车牌时车牌原样保留，电话照样脱敏")
	void aJurisdictionMayLeavePlatesVisible() {
		Scan scan = PersonalData.scan("车牌陕G·A1234，电话13912345678", null,
				java.util.EnumSet.complementOf(java.util.EnumSet.of(Kind.PLATE)));
		assertThat(scan.text()).isEqualTo("车牌陕G·A1234，电话139****5678");
	}

	@Test
	@DisplayName("脱敏后的文字再脱敏不变")
	void maskingTwiceChangesNothing() {
		String once = PersonalData.scan("我是五爱村张某某，电话13912345678，身份证号610922199001011234，车牌陕G·A1234，邮箱zhang@qq.com", ZHANG)
			.text();
		assertThat(PersonalData.scan(once, ZHANG).found()).isEmpty();
	}

	@Test
	@DisplayName("姓名只有一个字时不按姓名查找，免得遮住普通文字")
	void aOneCharacterNameIsNotSearched() {
		assertThat(PersonalData.scan("张家沟河道", new ReporterContact("张", "13800000000", null)).found()).isEmpty();
	}
}
