package org.gba.cooperation.writes;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.access.Caller;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit entry of a successful mutation, in its transaction: who, when, which
 * mutation, and the fields whose value changed, before and after. Read back by
 * {@link AuditTrailController}.
 */
@Component
class AuditTrail {

	private final EntityManager entityManager;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(EntityManager entityManager, JsonMapper json, Clock clock) {
		this.entityManager = entityManager;
		this.json = json;
		this.clock = clock;
	}

	void record(Caller caller, String mutation, BaseEntity object, Map<String, Object> before,
			Map<String, Object> after) {
		AuditChanges changes = new AuditChanges(this.json);
		Map<String, Object> fields = new LinkedHashMap<>(before);
		after.forEach(fields::putIfAbsent);
		for (String field : fields.keySet()) {
			String was = AuditValues.text(before.get(field));
			String is = AuditValues.text(after.get(field));
			if (!Objects.equals(was, is)) {
				changes.add(field, was, is);
			}
		}
		this.entityManager.persist(
				new AuditEntry(this.clock.instant(), Objects.requireNonNull(caller.subject()), caller.organizationId(),
						object.getClass().getSimpleName(), object.getId(), mutation, changes.toJson()));
	}

}
