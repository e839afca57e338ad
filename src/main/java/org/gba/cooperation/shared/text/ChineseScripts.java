package org.gba.cooperation.shared.text;

import java.util.List;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;

/**
 * Conversion between the two Chinese scripts, with OpenCC's dictionaries (opencc4j). The
 * only class that knows the library.
 *
 * <p>
 * Traditional Chinese is written the Hong Kong way (軟件, 網絡, 集成電路, not Taiwan's 軟體, 網路,
 * 積體電路): the API's Traditional readers are in Hong Kong and Macao.
 */
public final class ChineseScripts {

	private ChineseScripts() {
	}

	/** Simplified Chinese to Traditional Chinese with Hong Kong variants and phrases. */
	public static String toHongKongTraditional(String simplified) {
		return ZhHkConverterUtil.toTraditional(simplified);
	}

	/**
	 * Traditional Chinese (any variant: Hong Kong, Taiwan, standard) to Simplified
	 * Chinese.
	 */
	public static String toSimplified(String traditional) {
		return ZhHkConverterUtil.toSimple(traditional);
	}

	/**
	 * One character folded to its Simplified form, character by character and without
	 * phrase context, so that a text and any part of it fold alike (what a search index
	 * needs); a character without a Simplified form is kept.
	 */
	public static String foldToSimplified(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().forEach((codePoint) -> {
			if (Character.isBmpCodePoint(codePoint) && Character.isIdeographic(codePoint)) {
				List<String> simplified = ZhConverterUtil.toSimple((char) codePoint);
				if (simplified != null && !simplified.isEmpty() && simplified.get(0).length() == 1) {
					folded.append(simplified.get(0));
					return;
				}
			}
			folded.appendCodePoint(codePoint);
		});
		return folded.toString();
	}

	/**
	 * Loads the dictionaries (a few hundred milliseconds), so the first request does not
	 * wait for it.
	 */
	public static void warmUp() {
		toHongKongTraditional("粤港澳联合实验室");
		toSimplified("粵港澳聯合實驗室");
		foldToSimplified("聯合");
	}

}
