package org.juiceledger.command.config;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Marks a unit of work in which the lookup handlers write the rows of events already stored, after
 * a failure lost them: the events are facts, so the checks that decide a command (a cashier's
 * limits, a meter taken) are not made again.
 */
public final class LookupRepair {

    private static final String RESOURCE = LookupRepair.class.getName();

    private LookupRepair() {
    }

    public static void mark(UnitOfWork<?> unitOfWork) {
        unitOfWork.resources().put(RESOURCE, Boolean.TRUE);
    }

    public static boolean running() {
        return CurrentUnitOfWork.isStarted() && Boolean.TRUE.equals(CurrentUnitOfWork.get().root().getResource(RESOURCE));
    }
}
