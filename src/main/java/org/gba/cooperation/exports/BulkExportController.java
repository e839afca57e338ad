package org.gba.cooperation.exports;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.paging.PageRequest;
import org.gba.cooperation.writes.Payload;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The bulk-export queries and mutations of the schema ({@code exports.graphqls}).
 */
@Controller
class BulkExportController {

	private final BulkExports exports;

	BulkExportController(BulkExports exports) {
		this.exports = exports;
	}

	@MutationMapping
	Payload<ExportView> startBulkExport(@Argument StartBulkExportInput input, GraphQLContext context) {
		ExportFormat format = (input.format() != null) ? input.format() : ExportFormat.JSONL;
		return this.exports.start(input.query(), format, InContext.of(context).language());
	}

	@MutationMapping
	Payload<ExportView> cancelBulkExport(@Argument ExportIdInput input) {
		return this.exports.cancel(input.id());
	}

	@MutationMapping
	Payload<ExportView> retryBulkExport(@Argument ExportIdInput input) {
		return this.exports.retry(input.id());
	}

	@QueryMapping
	@Nullable ExportView bulkExport(@Argument String id) {
		return this.exports.find(id).orElse(null);
	}

	@QueryMapping
	@Nullable ExportView currentBulkExport() {
		return this.exports.current().orElse(null);
	}

	@QueryMapping
	ExportConnection bulkExports(DataFetchingEnvironment env) {
		return this.exports.list(PageRequest.from(env));
	}

	/** {@code StartBulkExportInput}. */
	record StartBulkExportInput(String query, @Nullable ExportFormat format) {
	}

	/** {@code CancelBulkExportInput} and {@code RetryBulkExportInput}. */
	record ExportIdInput(String id) {
	}

}
