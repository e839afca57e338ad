package org.gba.cooperation.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /bench/dashboard?upcomingFrom=YYYY-MM-DD}: the hand-written baseline of the
 * "partner dashboard" request ({@link PartnerDashboardBaseline}), only in the
 * {@code bench} profile. The answer is {@code {"data": {...}}}, whose {@code data} member
 * is byte for byte that of the GraphQL response to
 * {@code bench/partner-dashboard.graphql} for an anonymous caller with the same
 * {@code $upcomingFrom} (by default the document's own default). A date that is not
 * ISO-8601 is a 400 with {@code extensions.code = BAD_REQUEST}.
 */
@RestController
@Profile(BenchApplication.PROFILE)
class PartnerDashboardController {

	private static final Logger logger = LoggerFactory.getLogger(PartnerDashboardController.class);

	private final PartnerDashboardBaseline baseline;

	private final JsonMapper json;

	private final LocalDate defaultUpcomingFrom;

	PartnerDashboardController(PartnerDashboardBaseline baseline, JsonMapper json) {
		this.baseline = baseline;
		this.json = json;
		this.defaultUpcomingFrom = DashboardDocument.load().defaultUpcomingFrom();
	}

	@GetMapping("/bench/dashboard")
	void dashboard(
			@RequestParam(name = DashboardDocument.UPCOMING_FROM, required = false) @Nullable String upcomingFrom,
			HttpServletResponse response) throws IOException {
		LocalDate from;
		try {
			from = (upcomingFrom == null || upcomingFrom.isBlank()) ? this.defaultUpcomingFrom
					: LocalDate.parse(upcomingFrom.strip());
		}
		catch (DateTimeParseException ex) {
			error(response, HttpStatus.BAD_REQUEST, "BAD_REQUEST",
					"upcomingFrom must be an ISO-8601 date such as 2026-01-01");
			return;
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		try {
			this.baseline.write(from, response.getOutputStream());
		}
		catch (SQLException | DataAccessException ex) {
			// Nothing has been written yet: the dashboard is read whole before it is
			// written.
			logger.warn("The baseline dashboard could not be read", ex);
			response.reset();
			error(response, HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
					"The dashboard could not be read; try again");
		}
	}

	private void error(HttpServletResponse response, HttpStatus status, String code, String message)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		try (OutputStream out = response.getOutputStream(); JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeName("errors");
			generator.writeStartArray();
			generator.writeStartObject();
			generator.writeStringProperty("message", message);
			generator.writeName("extensions");
			generator.writeStartObject();
			generator.writeStringProperty("code", code);
			generator.writeEndObject();
			generator.writeEndObject();
			generator.writeEndArray();
			generator.writeEndObject();
		}
	}

}
