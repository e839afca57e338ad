package org.gba.cooperation.shared.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.text.SearchNormalForm;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a record's names ({@link LocalizedText}, on the property annotated
 * {@code @PropertyBinding(binder = @PropertyBinderRef(type = NamesBinder.class))}):
 * <ul>
 * <li>{@value SearchFields#TEXT}: the normal form of each language's name, analysed;</li>
 * <li>{@value SearchFields#EXACT}: the same, whole, for "exact name first";</li>
 * </ul>
 * The names' sort keys are indexed from where they are stored
 * ({@link NameSortKeysBinder}).
 */
public class NamesBinder implements PropertyBinder {

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().useRootOnly();
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldReference<String> text = schema
			.field(SearchFields.TEXT,
					(f) -> f.asString().analyzer(SearchAnalysis.INDEX).searchAnalyzer(SearchAnalysis.QUERY))
			.multiValued()
			.toReference();
		IndexFieldReference<String> exact = schema.field(SearchFields.EXACT, (f) -> f.asString())
			.multiValued()
			.toReference();
		context.bridge(LocalizedText.class, new Bridge(text, exact));
	}

	private record Bridge(IndexFieldReference<String> text,
			IndexFieldReference<String> exact) implements PropertyBridge<LocalizedText> {

		@Override
		public void write(DocumentElement target, LocalizedText names, PropertyBridgeWriteContext context) {
			if (names == null) {
				return;
			}
			Set<String> normal = new LinkedHashSet<>();
			for (String value : new String[] { names.zhHant(), names.zhHans(), names.en(), names.pt() }) {
				if (value != null) {
					String form = SearchNormalForm.of(value);
					if (!form.isEmpty()) {
						normal.add(form);
					}
				}
			}
			for (String form : normal) {
				target.addValue(this.text, form);
				target.addValue(this.exact, form);
			}
		}

	}

}
