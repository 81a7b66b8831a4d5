package org.juiceledger.query.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.juiceledger.kernel.account.MeterRegistered;
import org.juiceledger.kernel.account.StsMeterProfile;

import java.time.Instant;

/** A registered meter and, for STS meters, its token inputs (never a key). */
@Entity
@Table(name = "meter_view")
public class MeterView {

    @Id
    @Column(name = "meter_number")
    private String meterNumber;
    @Column(name = "account_number")
    private String accountNumber;
    private String kind;
    @Column(name = "supply_group_code")
    private String supplyGroupCode;
    @Column(name = "tariff_index")
    private String tariffIndex;
    @Column(name = "key_revision")
    private Integer keyRevision;
    @Column(name = "key_type")
    private Integer keyType;
    @Column(name = "base_date")
    private Integer baseDate;
    private String algorithm;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected MeterView() {
    }

    MeterView(MeterRegistered event, Instant registeredAt) {
        this.meterNumber = event.meterNumber();
        this.accountNumber = event.accountNumber();
        this.kind = event.kind().name();
        StsMeterProfile sts = event.sts();
        if (sts != null) {
            this.supplyGroupCode = sts.supplyGroupCode();
            this.tariffIndex = sts.tariffIndex();
            this.keyRevision = sts.keyRevision();
            this.keyType = sts.keyType();
            this.baseDate = sts.baseDate();
            this.algorithm = sts.algorithm();
        }
        this.registeredAt = registeredAt;
    }

    public String getMeterNumber() {
        return meterNumber;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getKind() {
        return kind;
    }

    public String getSupplyGroupCode() {
        return supplyGroupCode;
    }

    public String getTariffIndex() {
        return tariffIndex;
    }

    public Integer getKeyRevision() {
        return keyRevision;
    }

    public Integer getKeyType() {
        return keyType;
    }

    public Integer getBaseDate() {
        return baseDate;
    }

    public String getAlgorithm() {
        return algorithm;
    }
}
