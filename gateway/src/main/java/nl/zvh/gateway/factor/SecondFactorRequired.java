package nl.zvh.gateway.factor;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated resource opens only for a login with a second factor (amr contains otp) when the caller holds the
 * role named here; callers without it are left to the resource's role check.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SecondFactorRequired {
    /** The role whose pages need the second factor. */
    String value() default "";
}
