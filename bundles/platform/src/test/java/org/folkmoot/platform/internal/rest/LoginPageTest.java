package org.folkmoot.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    @Test
    void afterSignInPeopleOnlyEverGoToAPathOnThisSite() {
        assertEquals("/assets/cases?lang=cy", LoginPage.safeNext("/assets/cases?lang=cy"));
        assertEquals("/", LoginPage.safeNext(null));
        assertEquals("/", LoginPage.safeNext("https://evil.example/"));
        assertEquals("/", LoginPage.safeNext("//evil.example/"));
        assertEquals("/", LoginPage.safeNext("/\\evil.example"));
        assertEquals("/", LoginPage.safeNext("/ok\r\nSet-Cookie: x=y"));
    }
}
