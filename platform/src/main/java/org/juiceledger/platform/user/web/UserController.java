package org.juiceledger.platform.user.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.platform.user.UserAccount;
import org.juiceledger.platform.user.UserRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Users, for admins (docs/api.md "Users"); each change is recorded for the auditors. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    private final UserRegistry registry;

    UserController(UserRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse create(@Valid @RequestBody CreateUserRequest request) {
        UserAccount user = registry.register(request.toNewUser(), request.password(), CurrentRequestOrigin.currentUser());
        return UserResponse.of(user);
    }

    @GetMapping
    Map<String, List<UserResponse>> list() {
        return Map.of("users", registry.all().stream().map(UserResponse::of).toList());
    }

    @GetMapping("/{login}")
    UserResponse one(@PathVariable String login) {
        return UserResponse.of(registry.get(login));
    }

    @PatchMapping("/{login}")
    UserResponse change(@PathVariable String login, @Valid @RequestBody ChangeUserRequest request) {
        return UserResponse.of(registry.change(login, request.toEdit()));
    }

    @PostMapping("/{login}/disable")
    UserResponse disable(@PathVariable String login) {
        return UserResponse.of(registry.enable(login, false));
    }

    @PostMapping("/{login}/enable")
    UserResponse enable(@PathVariable String login) {
        return UserResponse.of(registry.enable(login, true));
    }

    @PostMapping("/{login}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String login, @Valid @RequestBody PasswordResetRequest request) {
        registry.resetPassword(login, request.password());
    }
}
