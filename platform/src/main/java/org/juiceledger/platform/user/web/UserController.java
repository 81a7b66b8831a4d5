package org.juiceledger.platform.user.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.platform.user.UserAccount;
import org.juiceledger.platform.user.UserRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
@Tag(name = "Users")
class UserController {

    private final UserRegistry registry;

    UserController(UserRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    UserResponse create(@Valid @RequestBody CreateUserRequest request) {
        UserAccount user = registry.register(request.toNewUser(), request.password(), CurrentRequestOrigin.currentUser());
        return UserResponse.of(user);
    }
}
