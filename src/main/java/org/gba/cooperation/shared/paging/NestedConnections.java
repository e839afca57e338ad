package org.gba.cooperation.shared.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.search.SearchFilter;
import org.gba.cooperation.shared.search.SearchText;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Connections nested under a list of parents (e.g. {@code Organization.jointLabs} for a
 * page of organisations) load in batches: the first pages of all parents asking the same
 * arguments come from one statement ({@link VisibleRecords#firstPages}), not one per
 * parent. A page after a cursor is asked for one parent at a time and is loaded on its
 * own.
 */
public final class NestedConnections {

	private NestedConnections() {
	}

	/**
	 * Registers the data loader of one nested connection field.
	 * @param name the loader's name, by convention {@code Parent.field}
	 */
	public static <T extends BaseEntity> void register(BatchLoaderRegistry registry, String name,
			VisibleRecords records, Class<T> type, Class<? extends BaseEntity> parentType, ParentLink<T> link) {
		registry.<NestedPageKey<T>, KeysetConnection<T>>forName(name)
			.registerMappedBatchLoader(
					(keys, env) -> Mono.fromCallable(() -> load(keys, records, type, parentType, link)));
	}

	/**
	 * The page of one parent, through the field's data loader. Arguments are checked
	 * here, before the batch, so that a bad one fails this field only.
	 */
	public static <T extends BaseEntity> CompletableFuture<KeysetConnection<T>> load(DataFetchingEnvironment env,
			String name, long parentId, @Nullable FilterInput<T> filter, Ordering<T> order) {
		PageRequest page = PageRequest.from(env.getArguments());
		Language reader = InContext.of(env.getGraphQlContext()).language();
		if (filter != null) {
			filter.toFilter();
		}
		if (page.cursor() != null) {
			SortKey<T> sortKey = order.sortKey(reader);
			Cursor.decode(page.cursor(), VisibleRecords.ordering(sortKey, order.direction()), sortKey.type());
		}
		DataLoader<NestedPageKey<T>, KeysetConnection<T>> loader = env.getDataLoader(name);
		if (loader == null) {
			throw new IllegalStateException("No data loader " + name);
		}
		return loader.load(new NestedPageKey<>(parentId, filter, order, page, reader));
	}

	private static <T extends BaseEntity> Map<NestedPageKey<T>, KeysetConnection<T>> load(Set<NestedPageKey<T>> keys,
			VisibleRecords records, Class<T> type, Class<? extends BaseEntity> parentType, ParentLink<T> link) {
		Map<NestedPageKey<T>, List<NestedPageKey<T>>> groups = new LinkedHashMap<>();
		for (NestedPageKey<T> key : keys) {
			groups.computeIfAbsent(key.withoutParent(), (k) -> new ArrayList<>()).add(key);
		}
		Map<NestedPageKey<T>, KeysetConnection<T>> result = new HashMap<>();
		groups.forEach((arguments, group) -> {
			Filter<T> filter = (arguments.filter() != null) ? arguments.filter().toFilter() : Filter.none();
			String text = (arguments.filter() != null) ? SearchText.normal(arguments.filter().search()) : null;
			if (text != null) {
				// A search under many parents: one engine query per parent, each a few
				// milliseconds.
				String field = link.indexField();
				if (field == null) {
					throw new IllegalStateException("The link of " + type.getSimpleName() + " has no index field");
				}
				SearchFilter conditions = arguments.filter().toSearchFilter();
				for (NestedPageKey<T> key : group) {
					SearchFilter ofParent = (where) -> where.equal(field, key.parentId());
					result.put(key, records.search(type, text, conditions.and(ofParent), arguments.order(),
							arguments.page(), arguments.reader()));
				}
			}
			else if (arguments.page().cursor() == null) {
				List<Long> parentIds = group.stream().map(NestedPageKey::parentId).toList();
				Map<Long, KeysetConnection<T>> pages = records.firstPages(type, parentType, parentIds, link, filter,
						arguments.order(), arguments.page(), arguments.reader());
				group.forEach((key) -> result.put(key, pages.get(key.parentId())));
			}
			else {
				for (NestedPageKey<T> key : group) {
					Filter<T> ofParent = (where) -> where.add(link.of(where, where.builder().literal(key.parentId())));
					result.put(key, records.page(type, ofParent.and(filter), arguments.order(), arguments.page(),
							arguments.reader()));
				}
			}
		});
		return result;
	}

}
