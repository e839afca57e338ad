package org.gba.cooperation.shared.search;

import org.gba.cooperation.shared.text.SearchNormalForm;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes a text in its {@link SearchNormalForm normal form} (e.g. an organisation's
 * abbreviation).
 */
public class NormalFormBridge implements ValueBridge<String, String> {

	@Override
	public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
		return (value == null) ? null : SearchNormalForm.of(value);
	}

}
