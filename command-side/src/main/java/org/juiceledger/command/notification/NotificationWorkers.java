package org.juiceledger.command.notification;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that send notifications, apart from the threads that handle requests and commands:
 * work handed over here starts only after the unit of work that asked for it has committed, so a
 * slow or failing provider never holds up, fails or undoes a transaction.
 */
@Component
class NotificationWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationWorkers.class);
    private final ScheduledExecutorService scheduler;

    NotificationWorkers() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "notification-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.scheduler = Executors.newScheduledThreadPool(2, threads);
    }

    /** Runs {@code task} on a worker after the current unit of work commits (at once when there is none); never if it rolls back. */
    void afterCommit(Runnable task) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // the database transaction, which may be a request's that outlives the unit of work
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    schedule(task, Duration.ZERO);
                }
            });
        } else if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unit -> schedule(task, Duration.ZERO));
        } else {
            schedule(task, Duration.ZERO);
        }
    }

    void schedule(Runnable task, Duration delay) {
        if (scheduler.isShutdown()) {
            log.warn("Notification work dropped: the application is stopping");
            return;
        }
        scheduler.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("Notification work failed", e);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
