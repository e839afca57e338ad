package org.gba.cooperation.graphql;

import java.util.Map;
import java.util.function.Function;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.writes.Payload;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * Wires the fields that follow the schema's two conventions, so that no module writes
 * them by hand:
 * <ul>
 * <li>{@code id: ID!} on a type implementing {@code Node} is the type's global ID;</li>
 * <li>a field {@code x: String} beside a field {@code xs: LocalizedText!} (name/names,
 * description/descriptions, venue/venues, title/titles) is that text in the request's
 * language ({@link InContext}), or in the first language of its
 * {@link org.gba.cooperation.shared.LanguageFallback fallback chain} that has it;</li>
 * <li>a {@code ...Payload} type's object field (every field but {@code userErrors}) is
 * the {@link Payload#object() object} of the mutation's {@link Payload}.</li>
 * </ul>
 * The data fetchers are registered explicitly per type, so schema mapping inspection sees
 * them.
 */
final class SchemaConventions {

	private static final Map<String, String> LOCALIZED_FIELDS = Map.of("name", "names", "description", "descriptions",
			"venue", "venues", "title", "titles");

	/**
	 * The Java class of a GraphQL object type (an entity of the same name), so inspection
	 * can follow payloads.
	 */
	private final Function<String, ResolvableType> javaTypes;

	SchemaConventions(Function<String, ResolvableType> javaTypes) {
		this.javaTypes = javaTypes;
	}

	void register(TypeDefinitionRegistry registry, RuntimeWiring.Builder wiring) {
		for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
			String typeName = type.getName();
			if (implementsNode(type)) {
				DataFetcher<String> globalId = (env) -> GlobalId.encode(typeName,
						((BaseEntity) env.getSource()).getId());
				wiring.type(typeName, (builder) -> builder.dataFetcher("id", globalId));
			}
			if (typeName.endsWith("Payload")) {
				for (FieldDefinition field : type.getFieldDefinitions()) {
					if (!field.getName().equals("userErrors")) {
						String objectType = TypeUtil.unwrapAll(field.getType()).getName();
						wiring.type(typeName, (builder) -> builder.dataFetcher(field.getName(),
								new PayloadObject(objectType, this.javaTypes.apply(objectType))));
					}
				}
			}
			LOCALIZED_FIELDS.forEach((single, all) -> {
				if (hasField(type, single) && hasLocalizedText(type, all)) {
					PropertyDataFetcher<Object> texts = PropertyDataFetcher.fetching(all);
					DataFetcher<@Nullable String> text = (env) -> textIn(texts.get(env),
							InContext.of(env.getGraphQlContext()).language());
					wiring.type(typeName, (builder) -> builder.dataFetcher(single, text));
				}
			});
		}
	}

	private static @Nullable String textIn(@Nullable Object texts, Language language) {
		return (texts instanceof LocalizedText text) ? text.in(language) : null;
	}

	private static boolean implementsNode(ObjectTypeDefinition type) {
		return type.getImplements()
			.stream()
			.anyMatch((i) -> i instanceof TypeName name && name.getName().equals("Node"));
	}

	private static boolean hasField(ObjectTypeDefinition type, String field) {
		return type.getFieldDefinitions().stream().anyMatch((definition) -> definition.getName().equals(field));
	}

	private static boolean hasLocalizedText(ObjectTypeDefinition type, String field) {
		for (FieldDefinition definition : type.getFieldDefinitions()) {
			if (definition.getName().equals(field)) {
				return TypeUtil.unwrapAll(definition.getType()).getName().equals("LocalizedText");
			}
		}
		return false;
	}

	/**
	 * The object field of a payload: the mutation's object, described so that schema
	 * inspection checks it.
	 */
	private record PayloadObject(String objectType,
			ResolvableType returnType) implements SelfDescribingDataFetcher<@Nullable Object> {

		@Override
		public @Nullable Object get(DataFetchingEnvironment environment) {
			return ((Payload<?>) environment.getSource()).object();
		}

		@Override
		public String getDescription() {
			return "Payload.object() as " + this.objectType;
		}

		@Override
		public ResolvableType getReturnType() {
			return this.returnType;
		}

	}

}
