package org.juiceledger.platform.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.juiceledger.platform.security.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Someone (or a gateway) who may sign in. Only a bcrypt hash of the password is kept. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    private String login;
    private String name;
    @Column(name = "password_hash")
    private String passwordHash;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "login"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Column(name = "vendor_limit")
    private BigDecimal vendorLimit;
    @Column(name = "special_limit")
    private BigDecimal specialLimit;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected UserAccount() {
    }

    UserAccount(NewUser user, String passwordHash, Instant createdAt, String createdBy) {
        this.login = user.login();
        this.name = user.name();
        this.passwordHash = passwordHash;
        this.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        this.vendorLimit = user.vendorLimit();
        this.specialLimit = user.specialLimit();
        this.enabled = true;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String login() {
        return login;
    }

    public String name() {
        return name;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** In the order of {@link Role}. */
    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public BigDecimal vendorLimit() {
        return vendorLimit;
    }

    public BigDecimal specialLimit() {
        return specialLimit;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void assign(Set<Role> newRoles) {
        this.roles = EnumSet.copyOf(newRoles);
    }

    void limit(BigDecimal newVendorLimit, BigDecimal newSpecialLimit) {
        this.vendorLimit = newVendorLimit;
        this.specialLimit = newSpecialLimit;
    }

    void enable(boolean on) {
        this.enabled = on;
    }

    void password(String newHash) {
        this.passwordHash = newHash;
    }
}
