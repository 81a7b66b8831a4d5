package org.juiceledger.query.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One journal entry: the event that posted it; its lines are {@link JournalLineRow}s. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry")
    @SequenceGenerator(name = "journal_entry", sequenceName = "journal_entry_seq", allocationSize = 50)
    private Long id;
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "global_position")
    private long globalPosition;
    @Column(name = "source_key")
    private String sourceKey;
    @Column(name = "event_type")
    private String eventType;
    private String description;
    @Column(name = "transaction_number")
    private Long transactionNumber;
    @Column(name = "account_number")
    private String accountNumber;
    private String who;
    @Column(name = "posted_at")
    private Instant postedAt;
    @Column(name = "mirror_of")
    private String mirrorOf;

    protected JournalEntry() {
    }

    JournalEntry(EntrySource source) {
        this.eventId = source.eventId();
        this.globalPosition = source.globalPosition();
        this.sourceKey = source.sourceKey();
        this.eventType = source.eventType();
        this.description = source.description();
        this.transactionNumber = source.transactionNumber();
        this.accountNumber = source.accountNumber();
        this.who = source.who();
        this.postedAt = source.postedAt();
        this.mirrorOf = source.mirrorOf();
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public long getGlobalPosition() {
        return globalPosition;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getEventType() {
        return eventType;
    }

    public String getDescription() {
        return description;
    }

    public Long getTransactionNumber() {
        return transactionNumber;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getWho() {
        return who;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getMirrorOf() {
        return mirrorOf;
    }
}
