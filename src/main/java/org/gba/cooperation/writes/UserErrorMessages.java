package org.gba.cooperation.writes;

import graphql.GraphQLContext;
import org.gba.cooperation.shared.InContext;
import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code UserError.message}: told in the request's language ({@link InContext}); the code
 * stays the same.
 */
@Controller
class UserErrorMessages {

	private final MessageSource messages;

	UserErrorMessages(MessageSource messages) {
		this.messages = messages;
	}

	@SchemaMapping(typeName = "UserError", field = "message")
	String message(UserError error, GraphQLContext context) {
		return error.message().in(this.messages, InContext.of(context).language());
	}

}
