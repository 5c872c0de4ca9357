package nl.zvh.trafficking.person;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Dutch citizen service number (burgerservicenummer): nine digits passing the eleven-test. Null is allowed. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BsnValidator.class)
public @interface Bsn {
    String message() default "is not a valid BSN (nine digits passing the eleven-test)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
