package org.gba.cooperation.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.NodeLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id:)} and {@code nodes(ids:)}: any object by global ID, through the
 * {@link NodeLoader} of its type. {@code nodes} loads each type in one statement,
 * whatever the number of IDs.
 */
@Controller
class NodeController {

	static final int MAX_IDS = 100;

	private final Map<String, NodeLoader<?>> loaders = new HashMap<>();

	NodeController(List<NodeLoader<?>> loaders) {
		for (NodeLoader<?> loader : loaders) {
			NodeLoader<?> previous = this.loaders.put(loader.typeName(), loader);
			if (previous != null) {
				throw new IllegalStateException("Two node loaders for type " + loader.typeName());
			}
		}
	}

	@QueryMapping
	@Nullable Object node(@Argument String id) {
		return nodes(List.of(id)).get(0);
	}

	@QueryMapping
	List<@Nullable Object> nodes(@Argument List<String> ids) {
		if (ids.size() > MAX_IDS) {
			throw new InvalidInputException(LocalizedMessage.of("nodes.tooMany", MAX_IDS, ids.size()));
		}
		List<GlobalId> globalIds = ids.stream().map(GlobalId::decode).toList();
		Map<String, Set<Long>> idsByType = new LinkedHashMap<>();
		for (GlobalId globalId : globalIds) {
			idsByType.computeIfAbsent(globalId.typeName(), (type) -> new LinkedHashSet<>()).add(globalId.id());
		}
		Map<GlobalId, Object> found = new HashMap<>();
		idsByType.forEach((type, typeIds) -> load(type, typeIds, found));
		List<@Nullable Object> result = new ArrayList<>(globalIds.size());
		for (GlobalId globalId : globalIds) {
			result.add(found.get(globalId));
		}
		return result;
	}

	private <T> void load(String type, Collection<Long> ids, Map<GlobalId, Object> found) {
		@SuppressWarnings("unchecked")
		NodeLoader<T> loader = (NodeLoader<T>) this.loaders.get(type);
		if (loader == null) {
			// Well-formed, but no type of that name: an ID that was never ours.
			throw new InvalidInputException(
					LocalizedMessage.of("id.unknown", GlobalId.encode(type, ids.iterator().next())));
		}
		for (T node : loader.loadAll(ids)) {
			found.put(new GlobalId(type, loader.idOf(node)), node);
		}
	}

}
