package nl.zvh.gateway.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageChoiceReturnsOnlyToTheGatewayTest {

    @Test
    void aPathOnTheGatewayIsKept() {
        assertEquals("/coveca/ui/cases/1?tab=plan", LanguageResource.safeReturn("/coveca/ui/cases/1?tab=plan"));
    }

    @Test
    void anythingElseGoesToTheStartPage() {
        assertEquals("/", LanguageResource.safeReturn(null));
        assertEquals("/", LanguageResource.safeReturn("https://evil.example/"));
        assertEquals("/", LanguageResource.safeReturn("//evil.example/"));
        assertEquals("/", LanguageResource.safeReturn("/\\evil.example/"));
        assertEquals("/", LanguageResource.safeReturn("/x\r\nSet-Cookie: a=b"));
    }
}
