package org.gba.cooperation.writes;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.access.ForbiddenException;
import org.gba.cooperation.shared.access.Role;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.KeysetConnection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.PageRequest;
import org.gba.cooperation.shared.paging.SortKey;
import org.gba.cooperation.shared.paging.SortValueType;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail, for coordinators and analysts: {@code Query.auditTrail(objectId:)} and the
 * {@code auditTrail} connection of every audited type, oldest entry first.
 */
@Controller
class AuditTrailController {

	private static final Ordering<AuditEntry> OLDEST_FIRST = new Ordering<>() {

		@Override
		public SortKey<AuditEntry> sortKey() {
			return new SortKey<>("ID", SortValueType.NUMBER, (entry) -> entry.get("id"), AuditEntry::getId);
		}

		@Override
		public OrderDirection direction() {
			return OrderDirection.ASC;
		}

	};

	private final VisibleRecords records;

	private final AccessRules accessRules;

	private final JsonMapper json;

	AuditTrailController(VisibleRecords records, AccessRules accessRules, JsonMapper json) {
		this.records = records;
		this.accessRules = accessRules;
		this.json = json;
	}

	@QueryMapping
	KeysetConnection<AuditEntry> auditTrail(@Argument String objectId, DataFetchingEnvironment env) {
		GlobalId id = GlobalId.decode(objectId);
		return trail(id.typeName(), id.id(), env);
	}

	@SchemaMapping(typeName = "Organization", field = "auditTrail")
	KeysetConnection<AuditEntry> organizationTrail(BaseEntity object, DataFetchingEnvironment env) {
		return trail(object, env);
	}

	@SchemaMapping(typeName = "Person", field = "auditTrail")
	KeysetConnection<AuditEntry> personTrail(BaseEntity object, DataFetchingEnvironment env) {
		return trail(object, env);
	}

	@SchemaMapping(typeName = "JointLab", field = "auditTrail")
	KeysetConnection<AuditEntry> jointLabTrail(BaseEntity object, DataFetchingEnvironment env) {
		return trail(object, env);
	}

	@SchemaMapping(typeName = "InvestmentEvent", field = "auditTrail")
	KeysetConnection<AuditEntry> investmentEventTrail(BaseEntity object, DataFetchingEnvironment env) {
		return trail(object, env);
	}

	@SchemaMapping(typeName = "TalentArrangement", field = "auditTrail")
	KeysetConnection<AuditEntry> talentArrangementTrail(BaseEntity object, DataFetchingEnvironment env) {
		return trail(object, env);
	}

	@SchemaMapping(typeName = "CrossBorderProject", field = "auditTrail")
	KeysetConnection<AuditEntry> crossBorderProjectTrail(BaseEntity object, DataFetchingEnvironment env) {
		return trail(object, env);
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

	private KeysetConnection<AuditEntry> trail(BaseEntity object, DataFetchingEnvironment env) {
		return trail(object.getClass().getSimpleName(), object.getId(), env);
	}

	private KeysetConnection<AuditEntry> trail(String objectType, long objectId, DataFetchingEnvironment env) {
		if (!this.accessRules.caller().has(Role.ANALYST) && !this.accessRules.caller().has(Role.COORDINATOR)) {
			throw new ForbiddenException("The audit trail is shown to coordinators and analysts only");
		}
		Filter<AuditEntry> ofObject = (where) -> where.equal("objectType", objectType).equal("objectId", objectId);
		return this.records.page(AuditEntry.class, ofObject, OLDEST_FIRST, PageRequest.from(env.getArguments()));
	}

}
