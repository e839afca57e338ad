package org.gba.cooperation.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.TypeUtil;
import graphql.schema.DataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Wires the fields that follow the schema's two conventions, so that no module writes them by hand:
 * <ul>
 * <li>{@code id: ID!} on a type implementing {@code Node} is the type's global ID;</li>
 * <li>a field {@code x: String} beside a field {@code xs: LocalizedText!} (name/names,
 * description/descriptions, venue/venues, title/titles) is that text in the request's language.</li>
 * </ul>
 */
final class SchemaConventions implements WiringFactory {

	private static final Map<String, String> LOCALIZED_FIELDS = Map.of("name", "names", "description",
			"descriptions", "venue", "venues", "title", "titles");

	private final Language language;

	SchemaConventions(Language language) {
		this.language = language;
	}

	@Override
	public boolean providesDataFetcher(FieldWiringEnvironment environment) {
		return dataFetcher(environment).isPresent();
	}

	@Override
	public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
		return dataFetcher(environment).orElseThrow();
	}

	private Optional<DataFetcher<?>> dataFetcher(FieldWiringEnvironment environment) {
		if (!(environment.getParentType() instanceof ObjectTypeDefinition type)) {
			return Optional.empty();
		}
		String field = environment.getFieldDefinition().getName();
		if (field.equals("id") && implementsNode(type)) {
			String typeName = type.getName();
			return Optional.of((env) -> GlobalId.encode(typeName, ((BaseEntity) env.getSource()).getId()));
		}
		String localized = LOCALIZED_FIELDS.get(field);
		if (localized != null && hasLocalizedText(type, localized)) {
			PropertyDataFetcher<Object> texts = PropertyDataFetcher.fetching(localized);
			return Optional.of((env) -> textIn(texts.get(env)));
		}
		return Optional.empty();
	}

	private @Nullable String textIn(@Nullable Object texts) {
		return (texts instanceof LocalizedText text) ? text.in(this.language) : null;
	}

	private static boolean implementsNode(ObjectTypeDefinition type) {
		return type.getImplements().stream().anyMatch((i) -> i instanceof TypeName name && name.getName().equals("Node"));
	}

	private static boolean hasLocalizedText(TypeDefinition<?> type, String field) {
		List<FieldDefinition> fields = ((ObjectTypeDefinition) type).getFieldDefinitions();
		return fields.stream().anyMatch((definition) -> definition.getName().equals(field) && isLocalizedText(definition.getType()));
	}

	private static boolean isLocalizedText(Type<?> type) {
		return TypeUtil.unwrapAll(type).getName().equals("LocalizedText");
	}

}
