package nl.zvh.platform.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BsnElevenTestTest {

    @Test
    void acceptsNumbersPassingTheElevenTest() {
        assertTrue(BsnValidator.isValidBsn("111222333"));
        assertTrue(BsnValidator.isValidBsn("123456782"));
    }

    @Test
    void rejectsWrongChecksumLengthLettersAndZeros() {
        assertFalse(BsnValidator.isValidBsn("123456789"));
        assertFalse(BsnValidator.isValidBsn("11122233"));
        assertFalse(BsnValidator.isValidBsn("1112223334"));
        assertFalse(BsnValidator.isValidBsn("11122233a"));
        assertFalse(BsnValidator.isValidBsn("000000000"));
    }
}
