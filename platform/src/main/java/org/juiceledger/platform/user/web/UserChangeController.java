package org.juiceledger.platform.user.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.juiceledger.platform.user.UserChange;
import org.juiceledger.platform.user.UserChanges;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The users' audit trail for auditors (and admins): users are rows, not events, so their changes
 * are kept beside them with who, when, channel and correlation id (docs/api.md "Audit").
 */
@RestController
@Tag(name = "Audit")
class UserChangeController {

    private final UserChanges changes;

    UserChangeController(UserChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/api/audit/user-changes")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    Page changes(@RequestParam(required = false) @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}") String login,
                 @RequestParam(required = false) @Min(1) Long before,
                 @RequestParam(defaultValue = "100") @Min(1) @Max(UserChanges.LIMIT_MAX) int limit) {
        List<UserChange> page = changes.newest(login, before, limit);
        return new Page(page, page.size() < limit ? null : page.get(page.size() - 1).id());
    }

    /** {@code nextBefore}: pass it as {@code before} for the next (older) page; null on the last page. */
    record Page(List<UserChange> changes, Long nextBefore) {
    }
}
