package org.gba.cooperation.shared.text;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script conversion: Hong Kong Traditional, not Taiwan's, and the mark of a generated
 * text.
 */
class ChineseScriptsTest {

	@ParameterizedTest(name = "{0} becomes {1} in Hong Kong, not {2}")
	@CsvSource({ "软件, 軟件, 軟體", "网络, 網絡, 網路", "集成电路, 集成電路, 積體電路", "中间件, 中間件, 中介軟體" })
	void simplifiedBecomesHongKongTraditionalNotTaiwanTraditional(String simplified, String hongKong, String taiwan) {
		assertThat(ChineseScripts.toHongKongTraditional(simplified)).isEqualTo(hongKong).isNotEqualTo(taiwan);
	}

	@Test
	void traditionalOfEitherVariantBecomesSimplified() {
		assertThat(ChineseScripts.toSimplified("粵港澳聯合實驗室")).isEqualTo("粤港澳联合实验室");
		assertThat(ChineseScripts.toSimplified("啟動")).isEqualTo("启动");
		assertThat(ChineseScripts.toSimplified("啓動")).isEqualTo("启动");
	}

	@Test
	void aTextWrittenInSimplifiedOnlyGetsHongKongTraditionalMarkedAsMachineConverted() {
		LocalizedText text = LocalizedText.written(null, "软件联合实验室", "Software Joint Lab", null);

		assertThat(text.zhHant()).isEqualTo("軟件聯合實驗室");
		assertThat(text.zhHans()).isEqualTo("软件联合实验室");
		assertThat(text.machineConverted()).containsExactly(Language.ZH_HANT);
	}

	@Test
	void aTextWrittenInTraditionalOnlyGetsSimplifiedMarkedAsMachineConverted() {
		LocalizedText text = LocalizedText.written("聯合實驗室", null, null, null);

		assertThat(text.zhHans()).isEqualTo("联合实验室");
		assertThat(text.machineConverted()).containsExactly(Language.ZH_HANS);
	}

	@Test
	void aTextWrittenInBothScriptsIsKeptAsWrittenWithoutMark() {
		LocalizedText text = LocalizedText.written("軟體", "软件", "Software", null);

		assertThat(text.zhHant()).isEqualTo("軟體");
		assertThat(text.machineConverted()).isEmpty();
	}

	@Test
	void aTextWithoutChineseIsLeftAsItIs() {
		LocalizedText text = LocalizedText.written(null, null, "Only English", null);

		assertThat(text.zhHant()).isNull();
		assertThat(text.zhHans()).isNull();
		assertThat(text.machineConverted()).isEmpty();
	}

	@Test
	void foldingIsCharacterByCharacterSoATextAndItsPartsFoldAlike() {
		assertThat(ChineseScripts.foldToSimplified("聯合實驗室")).isEqualTo("联合实验室");
		assertThat(ChineseScripts.foldToSimplified("裏面 裡面")).isEqualTo("里面 里面");
		assertThat(ChineseScripts.foldToSimplified("HKUST 6G")).isEqualTo("HKUST 6G");
	}

	@Test
	void foldingASimplifiedTextChangesNothing() {
		String simplified = "粤港澳大湾区全球招商大会，广东强芯，人工智能，生物医药，未来电子信息";
		assertThat(ChineseScripts.foldToSimplified(simplified)).isEqualTo(simplified);
	}

}
