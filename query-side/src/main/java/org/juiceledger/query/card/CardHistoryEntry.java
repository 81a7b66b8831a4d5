package org.juiceledger.query.card;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

import java.time.Instant;

/** One thing that happened to a card, with who did it and through which channel. */
@Entity
@Immutable
@Table(name = "card_history")
public class CardHistoryEntry {

    /** Numbered by the database in the order the lines are written ({@link CardRows}). */
    @Id
    private Long id;
    private String serial;
    @Column(name = "happened_at")
    private Instant happenedAt;
    private String event;
    private String detail;
    private String who;
    private String channel;

    protected CardHistoryEntry() {
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getEvent() {
        return event;
    }

    public String getDetail() {
        return detail;
    }

    public String getWho() {
        return who;
    }

    public String getChannel() {
        return channel;
    }
}
