package org.juiceledger.platform.axon.repository;

import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.DefaultRepositorySpanFactory;
import org.axonframework.modelling.command.LockAwareAggregate;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.Map;

/**
 * Axon's event-sourcing repository for an aggregate that one unit of work loads by the thousand
 * (cards of a range) and that is never snapshotted: the same, except that the unit of work's
 * aggregates are kept in {@link ManagedAggregates}, so committing n of them costs n, not n², and
 * that a load reads the aggregate's events without first asking for a snapshot that is never there.
 */
public final class RangeEventSourcingRepository<T> extends EventSourcingRepository<T> {

    private final String resourceKey;
    private final EventStore eventStore;

    private RangeEventSourcingRepository(Builder<T> builder, Class<T> type, EventStore eventStore) {
        super(builder);
        this.eventStore = eventStore;
        this.resourceKey = RangeEventSourcingRepository.class.getName() + ".managed." + type.getName();
    }

    /** A repository for {@code type} built as Axon's own configuration would (its handlers, resolvers and spans). */
    public static <T> RangeEventSourcingRepository<T> of(Class<T> type, Configuration axon, EventStore eventStore) {
        Builder<T> builder = EventSourcingRepository.builder(type)
                .aggregateModel(AnnotatedAggregateMetaModelFactory.inspectAggregate(type,
                        axon.parameterResolverFactory(), axon.handlerDefinition(type)))
                .eventStore(eventStore)
                .repositoryProvider(axon::repository)
                .spanFactory(axon.getComponent(RepositorySpanFactory.class,
                        () -> DefaultRepositorySpanFactory.builder().spanFactory(axon.spanFactory()).build()));
        return new RangeEventSourcingRepository<>(builder, type, eventStore);
    }

    @Override
    protected DomainEventStream readEvents(String aggregateIdentifier) {
        return eventStore.readEvents(aggregateIdentifier, 0);
    }

    @Override
    protected Map<String, LockAwareAggregate<T, EventSourcedAggregate<T>>> managedAggregates(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(resourceKey, key -> new ManagedAggregates<>());
    }
}
