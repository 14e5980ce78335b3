package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    @Test
    void verifiesThePasswordItHashed() {
        String hash = PasswordHash.hash("demo-s01".toCharArray());

        assertThat(hash).matches("pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}");
        assertThat(PasswordHash.verify("demo-s01".toCharArray(), hash)).isTrue();
        assertThat(PasswordHash.looksLikeHash(hash)).isTrue();
    }

    @Test
    void refusesAWrongPassword() {
        String hash = PasswordHash.hash("demo-s01".toCharArray());

        assertThat(PasswordHash.verify("demo-s02".toCharArray(), hash)).isFalse();
        assertThat(PasswordHash.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void saltsEveryHashDifferently() {
        assertThat(PasswordHash.hash("same".toCharArray())).isNotEqualTo(PasswordHash.hash("same".toCharArray()));
    }

    @Test
    void verifiesHashesWithOtherIterationCounts() {
        // Hashes keep their own count, so raising ITERATIONS later does not lock out existing staff.
        String fewer = "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$"
                + "vdaA7WNXCu0Ri2qRyuEYQZb5MwvrL8PRB6+hFc3RCjA=";
        assertThat(PasswordHash.looksLikeHash(fewer)).isTrue();
        assertThat(PasswordHash.verify("x".toCharArray(), fewer)).isFalse();
    }

    @Test
    void treatsMalformedHashesAsNoMatch() {
        String good = PasswordHash.hash("pw".toCharArray());
        String[] parts = good.split("\\$");
        for (String bad : new String[] {
                null, "", "pw", "hunter2", "pbkdf2-sha256$$$",
                "md5$210000$" + parts[2] + "$" + parts[3],
                "pbkdf2-sha256$0$" + parts[2] + "$" + parts[3],
                "pbkdf2-sha256$-5$" + parts[2] + "$" + parts[3],
                "pbkdf2-sha256$99999999$" + parts[2] + "$" + parts[3],
                "pbkdf2-sha256$210000$not base64!$" + parts[3],
                "pbkdf2-sha256$210000$" + parts[2] + "$",
                "pbkdf2-sha256$210000$" + parts[2],
                good + "$extra"}) {
            assertThat(PasswordHash.looksLikeHash(bad)).as(bad).isFalse();
            assertThat(PasswordHash.verify("pw".toCharArray(), bad)).as(bad).isFalse();
        }
    }
}
