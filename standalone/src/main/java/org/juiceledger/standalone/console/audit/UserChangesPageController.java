package org.juiceledger.standalone.console.audit;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.user.UserChange;
import org.juiceledger.platform.user.UserChanges;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** The users' audit trail of {@code GET /api/audit/user-changes}, newest first, 50 at a time. */
@Controller
class UserChangesPageController {

    private final UserChanges changes;

    UserChangesPageController(UserChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/console/audit/user-changes")
    String changes(@RequestParam(required = false) String login, @RequestParam(required = false) Long before,
                   Model model) {
        String who = login == null || login.isBlank() ? null : login.strip();
        if (who != null && !who.matches("[a-z][a-z0-9._-]{2,63}") || before != null && before < 1) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "login must be a login, before a change's id.");
        }
        List<UserChange> page = changes.newest(who, before, AuditPagesController.PAGE_SIZE);
        model.addAttribute("login", who);
        model.addAttribute("changes", page);
        model.addAttribute("nextBefore", page.size() < AuditPagesController.PAGE_SIZE ? null : page.get(page.size() - 1).id());
        return "console/audit-user-changes";
    }
}
