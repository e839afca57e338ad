package org.gba.cooperation.writes;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Bean Validation violations of a mutation input, as user errors with codes and input paths. */
final class ValidationErrors {

	private ValidationErrors() {
	}

	static UserError toUserError(ConstraintViolation<?> violation) {
		List<String> field = new ArrayList<>();
		field.add("input");
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.getName() != null) {
				field.add(node.getName());
			}
		}
		String message = "`" + String.join(".", field.subList(1, field.size())) + "` " + violation.getMessage();
		return new UserError(field, message, code(violation), null);
	}

	private static UserErrorCode code(ConstraintViolation<?> violation) {
		Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
		if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty
				|| constraint instanceof ChineseScriptGiven) {
			return UserErrorCode.REQUIRED;
		}
		if (constraint instanceof Size size) {
			Object value = violation.getInvalidValue();
			int length = (value instanceof CharSequence text) ? text.length()
					: (value instanceof java.util.Collection<?> items) ? items.size() : 0;
			return (length > size.max()) ? UserErrorCode.TOO_LONG : UserErrorCode.INVALID_VALUE;
		}
		if (constraint instanceof Positive || constraint instanceof DecimalMin) {
			return UserErrorCode.AMOUNT_NOT_POSITIVE;
		}
		if (constraint instanceof Digits) {
			return UserErrorCode.TOO_MANY_DECIMALS;
		}
		return UserErrorCode.INVALID_VALUE;
	}

}
