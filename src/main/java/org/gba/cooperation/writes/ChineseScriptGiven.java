package org.gba.cooperation.writes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A name needs at least one Chinese script (Traditional or Simplified); the other is
 * generated from it. Reported on {@code zhHant}, as REQUIRED.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ChineseScriptGiven.Validator.class)
@interface ChineseScriptGiven {

	String message() default "or `zhHans` is required: a name needs Traditional or Simplified Chinese";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link NameInput}. */
	class Validator implements ConstraintValidator<ChineseScriptGiven, NameInput> {

		@Override
		public boolean isValid(NameInput name, ConstraintValidatorContext context) {
			if (!isBlank(name.zhHant()) || !isBlank(name.zhHans())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("zhHant")
				.addConstraintViolation();
			return false;
		}

		private static boolean isBlank(String text) {
			return text == null || text.isBlank();
		}

	}

}
