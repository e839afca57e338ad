package org.gba.cooperation.writes;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import graphql.schema.DataFetchingEnvironment;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.access.ForbiddenException;
import org.gba.cooperation.shared.access.Role;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.KeysetConnection;
import org.gba.cooperation.shared.paging.NestedConnections;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.PageRequest;
import org.gba.cooperation.shared.paging.ParentLink;
import org.gba.cooperation.shared.paging.SortKey;
import org.gba.cooperation.shared.paging.SortValueType;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail, for coordinators and analysts: {@code Query.auditTrail(objectId:)} and
 * the {@code auditTrail} connection of every audited type, oldest entry first.
 */
@Controller
class AuditTrailController {

	private static final Ordering<AuditEntry> OLDEST_FIRST = new Ordering<>() {

		@Override
		public SortKey<AuditEntry> sortKey(Language reader) {
			return new SortKey<>("ID", SortValueType.NUMBER, (entry) -> entry.get(AuditEntry_.id), AuditEntry::getId);
		}

		@Override
		public OrderDirection direction() {
			return OrderDirection.ASC;
		}

	};

	private final VisibleRecords records;

	private final AccessRules accessRules;

	private final JsonMapper json;

	/**
	 * The GraphQL types with an {@code auditTrail} connection; each is an entity of the
	 * same name.
	 */
	private static final List<String> AUDITED_TYPES = List.of("Organization", "Person", "JointLab", "InvestmentEvent",
			"TalentArrangement", "CrossBorderProject");

	AuditTrailController(VisibleRecords records, AccessRules accessRules, JsonMapper json,
			EntityManagerFactory entities, BatchLoaderRegistry registry) {
		this.records = records;
		this.accessRules = accessRules;
		this.json = json;
		// The trails of many objects (a page of labs, each with its trail) load in one
		// statement.
		for (EntityType<?> entity : entities.getMetamodel().getEntities()) {
			String typeName = entity.getJavaType().getSimpleName();
			if (AUDITED_TYPES.contains(typeName)) {
				ParentLink<AuditEntry> ofObject = (where, objectId) -> where.builder()
					.and(where.builder().equal(where.root().get(AuditEntry_.objectType), typeName),
							where.builder().equal(where.root().get(AuditEntry_.objectId), objectId));
				NestedConnections.register(registry, loaderName(typeName), records, AuditEntry.class,
						entity.getJavaType().asSubclass(BaseEntity.class), ofObject);
			}
		}
	}

	@QueryMapping
	KeysetConnection<AuditEntry> auditTrail(@Argument String objectId, DataFetchingEnvironment env) {
		GlobalId id = GlobalId.decode(objectId);
		return trail(id.typeName(), id.id(), env);
	}

	@SchemaMapping(typeName = "Organization", field = "auditTrail")
	CompletableFuture<KeysetConnection<AuditEntry>> organizationTrail(BaseEntity object, DataFetchingEnvironment env) {
		return nestedTrail(object, env);
	}

	@SchemaMapping(typeName = "Person", field = "auditTrail")
	CompletableFuture<KeysetConnection<AuditEntry>> personTrail(BaseEntity object, DataFetchingEnvironment env) {
		return nestedTrail(object, env);
	}

	@SchemaMapping(typeName = "JointLab", field = "auditTrail")
	CompletableFuture<KeysetConnection<AuditEntry>> jointLabTrail(BaseEntity object, DataFetchingEnvironment env) {
		return nestedTrail(object, env);
	}

	@SchemaMapping(typeName = "InvestmentEvent", field = "auditTrail")
	CompletableFuture<KeysetConnection<AuditEntry>> investmentEventTrail(BaseEntity object,
			DataFetchingEnvironment env) {
		return nestedTrail(object, env);
	}

	@SchemaMapping(typeName = "TalentArrangement", field = "auditTrail")
	CompletableFuture<KeysetConnection<AuditEntry>> talentArrangementTrail(BaseEntity object,
			DataFetchingEnvironment env) {
		return nestedTrail(object, env);
	}

	@SchemaMapping(typeName = "CrossBorderProject", field = "auditTrail")
	CompletableFuture<KeysetConnection<AuditEntry>> crossBorderProjectTrail(BaseEntity object,
			DataFetchingEnvironment env) {
		return nestedTrail(object, env);
	}

	@SchemaMapping(typeName = "AuditEntry", field = "objectId")
	String objectId(AuditEntry entry) {
		return GlobalId.encode(entry.getObjectType(), entry.getObjectId());
	}

	@SchemaMapping(typeName = "AuditEntry", field = "changes")
	List<FieldChange> changes(AuditEntry entry) {
		return this.json.readValue(entry.getChanges(), new TypeReference<List<FieldChange>>() {
		});
	}

	private CompletableFuture<KeysetConnection<AuditEntry>> nestedTrail(BaseEntity object,
			DataFetchingEnvironment env) {
		requireReader();
		return NestedConnections.load(env, loaderName(object.getClass().getSimpleName()), object.getId(), null,
				OLDEST_FIRST);
	}

	private void requireReader() {
		if (!this.accessRules.caller().has(Role.ANALYST) && !this.accessRules.caller().has(Role.COORDINATOR)) {
			throw new ForbiddenException(LocalizedMessage.of("audit.forbidden"));
		}
	}

	private static String loaderName(String typeName) {
		return typeName + ".auditTrail";
	}

	private KeysetConnection<AuditEntry> trail(String objectType, long objectId, DataFetchingEnvironment env) {
		requireReader();
		Filter<AuditEntry> ofObject = (where) -> where.equal(AuditEntry_.objectType, objectType)
			.equal(AuditEntry_.objectId, objectId);
		return this.records.page(AuditEntry.class, ofObject, OLDEST_FIRST, PageRequest.from(env.getArguments()),
				InContext.of(env.getGraphQlContext()).language());
	}

}
