package org.juiceledger.standalone.console.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.platform.security.Role;
import org.juiceledger.platform.user.UserAccount;
import org.juiceledger.platform.user.UserChanges;
import org.juiceledger.platform.user.UserRegistry;
import org.juiceledger.platform.user.web.ChangeUserRequest;
import org.juiceledger.platform.user.web.CreateUserRequest;
import org.juiceledger.platform.user.web.PasswordResetRequest;
import org.juiceledger.standalone.console.support.ConsoleForms;
import org.juiceledger.standalone.console.support.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.function.Supplier;

/**
 * Users: create, change name, roles and limits, disable and enable, reset a password. The forms
 * are the API's own request bodies ({@code POST /api/users}, {@code PATCH /api/users/{login}},
 * {@code POST /api/users/{login}/password}) and go to the same {@link UserRegistry}, which records
 * every change with who, when, channel and correlation id.
 */
@Controller
class UserAdminController {

    private static final String LOGIN = "[a-z][a-z0-9._-]{2,63}";
    private static final int CHANGES_SHOWN = 20;
    private final UserRegistry registry;
    private final UserChanges changes;

    UserAdminController(UserRegistry registry, UserChanges changes) {
        this.registry = registry;
        this.changes = changes;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping("/console/admin/users")
    String users(Model model) {
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", new CreateUserRequest(null, null, null, null, null, null));
        }
        model.addAttribute("users", registry.all());
        return "console/admin-users";
    }

    @PostMapping("/console/admin/users")
    String create(@Valid @ModelAttribute("newUser") CreateUserRequest newUser, BindingResult errors, Model model,
                  HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(400);
            return users(model);
        }
        return ConsoleForms.attempt(() -> registry.register(newUser.toNewUser(), newUser.password(),
                        CurrentRequestOrigin.currentUser()), "create", model, response)
                .map(created -> "redirect:/console/admin/users/" + created.login() + "?created")
                .orElseGet(() -> users(model));
    }

    @GetMapping("/console/admin/users/{login}")
    String user(@PathVariable String login, Model model) {
        UserAccount user = registry.get(checked(login));
        model.addAttribute("user", user);
        if (!model.containsAttribute("edit")) {
            model.addAttribute("edit", new ChangeUserRequest(user.name(), user.roles(), user.vendorLimit(),
                    user.specialLimit()));
        }
        model.addAttribute("changes", changes.newest(login, null, CHANGES_SHOWN));
        return "console/admin-user";
    }

    @PostMapping("/console/admin/users/{login}")
    String change(@PathVariable String login, @Valid @ModelAttribute("edit") ChangeUserRequest edit,
                  BindingResult errors, Model model, HttpServletResponse response) {
        if (!errors.hasErrors() && (edit.roles() == null || edit.roles().isEmpty())) {
            errors.rejectValue("roles", "roles.none", "Choose at least one role.");
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return user(login, model);
        }
        return act(login, "edit", () -> registry.change(login, edit.toEdit()), "changed", model, response);
    }

    @PostMapping("/console/admin/users/{login}/disable")
    String disable(@PathVariable String login, Model model, HttpServletResponse response) {
        return act(login, "enabled", () -> registry.enable(login, false), "disabled", model, response);
    }

    @PostMapping("/console/admin/users/{login}/enable")
    String enable(@PathVariable String login, Model model, HttpServletResponse response) {
        return act(login, "enabled", () -> registry.enable(login, true), "enabled", model, response);
    }

    @PostMapping("/console/admin/users/{login}/password")
    String resetPassword(@PathVariable String login, @Valid @ModelAttribute PasswordResetRequest reset,
                         BindingResult errors, Model model, HttpServletResponse response) {
        if (errors.hasErrors()) {
            model.addAttribute("refusal", Refusal.of(ErrorCode.VALIDATION_FAILED.name(), "Give a new password."));
            model.addAttribute("refusedForm", "password");
            response.setStatus(400);
            return user(login, model);
        }
        return act(login, "password", () -> registry.resetPassword(login, reset.password()), "passwordReset", model,
                response);
    }

    private String act(String login, String form, Supplier<UserAccount> action, String done, Model model,
                       HttpServletResponse response) {
        checked(login);
        return ConsoleForms.attempt(action, form, model, response)
                .map(user -> "redirect:/console/admin/users/" + user.login() + "?" + done)
                .orElseGet(() -> user(login, model));
    }

    private static String checked(String login) {
        if (login == null || !login.matches(LOGIN)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "login must be a login.");
        }
        return login;
    }
}
