package org.juiceledger.query.tariff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.juiceledger.kernel.tariff.TariffPublished;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One published version of a tariff. */
@Entity
@Table(name = "tariff_version_view")
@IdClass(TariffVersionView.Key.class)
public class TariffVersionView {

    @Id
    @Column(name = "tariff_id")
    private String tariffId;
    @Id
    private int version;
    private String name;
    @Column(name = "price_per_kwh")
    private BigDecimal pricePerKwh;
    @Column(name = "tax_percent")
    private BigDecimal taxPercent;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "current_version")
    private boolean currentVersion;

    protected TariffVersionView() {
    }

    TariffVersionView(TariffPublished event, Instant publishedAt, String publishedBy) {
        this.tariffId = event.tariffId();
        this.version = event.version();
        this.name = event.name();
        this.pricePerKwh = event.pricePerKwh();
        this.taxPercent = event.taxPercent();
        this.effectiveFrom = event.effectiveFrom();
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.currentVersion = true;
    }

    void supersede() {
        currentVersion = false;
    }

    public String getTariffId() {
        return tariffId;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPricePerKwh() {
        return pricePerKwh;
    }

    public BigDecimal getTaxPercent() {
        return taxPercent;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public boolean isCurrentVersion() {
        return currentVersion;
    }

    public record Key(String tariffId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
