package org.gba.cooperation.writes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.gba.cooperation.shared.LocalizedMessage;
import org.springframework.stereotype.Component;

/**
 * What a mutation's input must pass before anything is read or written: the idempotency
 * key's length, clean text ({@link TextHygiene}) and Bean Validation; each failure
 * becomes one user error, in a stable order.
 */
@Component
class InputChecks {

	private final Validator validator;

	InputChecks(Validator validator) {
		this.validator = validator;
	}

	List<UserError> check(MutationInput input) {
		List<UserError> errors = new ArrayList<>();
		String key = input.idempotencyKey();
		if (key != null && (key.isBlank() || key.codePointCount(0, key.length()) > MutationInput.MAX_KEY_LENGTH)) {
			errors.add(UserError.of(UserErrorCode.INVALID_VALUE,
					LocalizedMessage.of("mutation.idempotencyKeyLength", MutationInput.MAX_KEY_LENGTH), "input",
					"idempotencyKey"));
		}
		errors.addAll(TextHygiene.check(input));
		this.validator.validate((Object) input)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
			.forEach((violation) -> errors.add(ValidationErrors.toUserError(violation)));
		return errors;
	}

}
