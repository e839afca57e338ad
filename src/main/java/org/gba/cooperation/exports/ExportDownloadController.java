package org.gba.cooperation.exports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.access.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /bulk-exports/<id>/file?expires=&signature=}: the file of a completed
 * export, streamed from the export directory, for the caller who exported it (its bearer
 * token) with a link signed for it that has not expired. Refusals have the body of every
 * refusal at the HTTP level, {@code {"errors":[{"message", "extensions":{"code"}}]}}: 401
 * {@code UNAUTHORIZED} without a token, 404 {@code NOT_FOUND} for an export that is not
 * the caller's or has no file (not done, failed, or its file gone), 403
 * {@code DOWNLOAD_LINK_INVALID} for a link altered or signed for someone else, 403
 * {@code DOWNLOAD_LINK_EXPIRED} for one past its time.
 */
@RestController
class ExportDownloadController {

	private final ExportStore store;

	private final ExportLinks links;

	private final AccessRules accessRules;

	private final BulkExports exports;

	ExportDownloadController(ExportStore store, ExportLinks links, AccessRules accessRules, BulkExports exports) {
		this.store = store;
		this.links = links;
		this.accessRules = accessRules;
		this.exports = exports;
	}

	@GetMapping(ExportLinks.PATH)
	ResponseEntity<?> download(@PathVariable String id, @RequestParam(required = false) @Nullable String expires,
			@RequestParam(required = false) @Nullable String signature) {
		Caller caller = this.accessRules.caller();
		if (caller.isAnonymous() || caller.subject() == null) {
			return refusal(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
					"Send the token of the caller who exported the file in the Authorization header")
				.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
				.body(body("UNAUTHORIZED",
						"Send the token of the caller who exported the file in the Authorization header"));
		}
		Optional<ExportRow> row = parse(id).flatMap((exportId) -> this.store.find(exportId, caller.subject()));
		if (row.isEmpty()) {
			return notFound();
		}
		switch (this.links.check(row.get().id(), caller.subject(), expires, signature)) {
			case INVALID -> {
				return refusal(HttpStatus.FORBIDDEN, "DOWNLOAD_LINK_INVALID", "")
					.body(body("DOWNLOAD_LINK_INVALID", "The link is not valid: read bulkExport { url } again"));
			}
			case EXPIRED -> {
				return refusal(HttpStatus.FORBIDDEN, "DOWNLOAD_LINK_EXPIRED", "")
					.body(body("DOWNLOAD_LINK_EXPIRED", "The link has expired: read bulkExport { url } again"));
			}
			case VALID -> {
			}
		}
		String fileName = row.get().fileName();
		if (row.get().status() != ExportStatus.COMPLETED || fileName == null) {
			return notFound();
		}
		Path file = this.exports.file(fileName);
		if (!Files.isRegularFile(file)) {
			return notFound();
		}
		ExportFormat format = row.get().format();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType() + ";charset=utf-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(new FileSystemResource(file));
	}

	private static Optional<Long> parse(String id) {
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static ResponseEntity<?> notFound() {
		return refusal(HttpStatus.NOT_FOUND, "NOT_FOUND", "")
			.body(body("NOT_FOUND", "You have no completed export with this ID"));
	}

	private static ResponseEntity.BodyBuilder refusal(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore());
	}

	private static Map<String, Object> body(String code, String message) {
		return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))));
	}

}
