package org.gba.cooperation.shared.search;

import java.util.EnumMap;
import java.util.Map;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.NameSortKeys;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a record's stored name sort keys ({@link NameSortKeys}, on the property
 * annotated {@code @PropertyBinding(binder = @PropertyBinderRef(type =
 * NameSortKeysBinder.class))}) as the sortable fields {@link SearchFields#name} of each
 * reader's language: {@code orderBy: NAME} sorts a search as the database sorts a page.
 * The keys are read as stored rather than made again, so that indexing a million records
 * costs no collation.
 */
public class NameSortKeysBinder implements PropertyBinder {

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().useRootOnly();
		IndexSchemaElement schema = context.indexSchemaElement();
		Map<Language, IndexFieldReference<String>> fields = new EnumMap<>(Language.class);
		for (Language reader : Language.values()) {
			fields.put(reader,
					schema.field(SearchFields.name(reader), (f) -> f.asString().sortable(Sortable.YES)).toReference());
		}
		context.bridge(NameSortKeys.class, new Bridge(fields));
	}

	private record Bridge(Map<Language, IndexFieldReference<String>> fields) implements PropertyBridge<NameSortKeys> {

		@Override
		public void write(DocumentElement target, NameSortKeys keys, PropertyBridgeWriteContext context) {
			if (keys != null) {
				this.fields.forEach((reader, field) -> target.addValue(field, keys.in(reader)));
			}
		}

	}

}
