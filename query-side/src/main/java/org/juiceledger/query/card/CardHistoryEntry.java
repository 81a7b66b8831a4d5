package org.juiceledger.query.card;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

import java.time.Instant;

/** One thing that happened to a card, with who did it and through which channel. */
@Entity
@Table(name = "card_history")
public class CardHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "card_history")
    @SequenceGenerator(name = "card_history", sequenceName = "card_history_seq", allocationSize = 50)
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

    CardHistoryEntry(String serial, Instant happenedAt, String event, String detail, String who, String channel) {
        this.serial = serial;
        this.happenedAt = happenedAt;
        this.event = event;
        this.detail = detail;
        this.who = who;
        this.channel = channel;
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
