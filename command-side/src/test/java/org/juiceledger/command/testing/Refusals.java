package org.juiceledger.command.testing;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

/** Matches a business refusal by its stable code, for {@code expectException(...)} in fixture tests. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<DomainException> refusedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException refusal) {
                return refusal.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(DomainException refusal, Description mismatch) {
                mismatch.appendText("was refused with ").appendValue(refusal.code())
                        .appendText(": ").appendText(refusal.getMessage());
            }
        };
    }
}
