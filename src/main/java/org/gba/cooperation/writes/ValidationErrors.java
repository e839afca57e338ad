package org.gba.cooperation.writes;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.gba.cooperation.shared.LocalizedMessage;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * Bean Validation violations of a mutation input, as user errors with codes and input
 * paths.
 */
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
		String path = String.join(".", field.subList(1, field.size()));
		return new UserError(field, message(violation, path), code(violation), null);
	}

	/**
	 * The message of a violation, in the request's language:
	 * {@code validation.<constraint>} (with {@code .<field>} for a {@code @Pattern},
	 * whose meaning depends on the field) from the bundles, with the field's path and the
	 * constraint's bounds as arguments; else Bean Validation's own English message.
	 */
	private static LocalizedMessage message(ConstraintViolation<?> violation, String path) {
		Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
		String english = "`" + path + "` " + violation.getMessage();
		String name = constraint.annotationType().getSimpleName();
		if (constraint instanceof Size size) {
			return LocalizedMessage.withDefault("validation.Size", english, path, size.min(), size.max());
		}
		if (constraint instanceof CodePointLength length) {
			// A length in characters (code points), whatever their size in UTF-16: the
			// same message as a size.
			return LocalizedMessage.withDefault("validation.Size", english, path, length.min(), length.max());
		}
		if (constraint instanceof Min min) {
			return LocalizedMessage.withDefault("validation.Min", english, path, min.value());
		}
		if (constraint instanceof Digits digits) {
			return LocalizedMessage.withDefault("validation.Digits", english, path, digits.integer(),
					digits.fraction());
		}
		if (constraint instanceof Pattern) {
			return LocalizedMessage.withDefault("validation.Pattern." + leaf(path), english, path);
		}
		return LocalizedMessage.withDefault("validation." + name, english, path);
	}

	private static String leaf(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
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
		if (constraint instanceof CodePointLength length) {
			Object value = violation.getInvalidValue();
			int characters = (value instanceof String text) ? text.codePointCount(0, text.length()) : 0;
			return (characters > length.max()) ? UserErrorCode.TOO_LONG : UserErrorCode.INVALID_VALUE;
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
