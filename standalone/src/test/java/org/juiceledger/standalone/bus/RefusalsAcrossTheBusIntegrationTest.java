package org.juiceledger.standalone.bus;

import org.juiceledger.kernel.Metadata;
import org.juiceledger.platform.web.Failures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.serialization.Serializer;
import org.juiceledger.command.gateway.Refusal;
import org.juiceledger.kernel.account.PurchaseEnergy;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransferBetweenWallets;
import org.juiceledger.kernel.card.ActivateCardBatch;
import org.juiceledger.kernel.card.RedeemCard;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.request.RequestOrigin;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.web.ProblemResponses;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Refusals keep their status, code, message and extra members when the command and its outcome
 * cross a wire (a {@link SerializingCommandBus}, as between two nodes of Axon Server): the client gets
 * the same problem document as from the local bus, and the SMS, IVR and web gateways the same
 * {@link Refusal}. Covers refusals decided in a handler, one decided while the events commit (a
 * cashier's limit, in a lookup handler), a 409 with extra members and a refused PIN.
 */
@PostgresIntegrationTest
class RefusalsAcrossTheBusIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandBus commandBus;
    @Autowired
    CommandGateway localGateway;
    @Autowired
    Serializer serializer;
    @Autowired
    ProblemResponses problems;
    @Autowired
    ObjectMapper objectMapper;

    private CommandGateway remoteGateway;
    private Desk desk;

    @BeforeEach
    void wire() {
        remoteGateway = DefaultCommandGateway.builder().commandBus(new SerializingCommandBus(commandBus, serializer)).build();
        desk = new Desk(port);
    }

    @Test
    void aWalletTransferBeyondTheBalance() {
        String tariff = desk.tariff("0.500000", "0");
        String from = desk.account(tariff);
        String to = desk.account(tariff);
        sameRefusalBothWays(new TransferBetweenWallets(from, to, Money.of("10.00")), desk.cashier,
                ErrorCode.INSUFFICIENT_WALLET_BALANCE, 422);
    }

    @Test
    void aSaleBeyondTheCashiersLimitRefusedWhileTheEventsCommit() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.amiMeter(account);
        String smallCashier = desk.user("CASHIER", "20.00", "20.00");
        sameRefusalBothWays(new PurchaseEnergy(account, meter, Money.of("50.00"), Tender.CASH, null), smallCashier,
                ErrorCode.LIMIT_REACHED, 422);
    }

    @Test
    void activatingCardsAlreadySoldNamesTheCardsInTheWay() {
        CardStock stock = new CardStock(desk, desk.user("CARD_ADMIN"));
        CardStock.Batch batch = stock.generate(2, "10.00", 16, "NUMERIC");
        assertThat(stock.activate(desk.supervisor, batch.serial(0), batch.serial(1), "20.00").status()).isEqualTo(201);
        JsonNode problem = sameRefusalBothWays(new ActivateCardBatch(batch.serial(0), batch.serial(1), "cash",
                Tender.CASH, Money.of("20.00"), true), desk.supervisor, ErrorCode.CARDS_NOT_AVAILABLE, 409);
        assertThat(problem.get("problems")).as(problem.toString()).hasSize(2);
    }

    @Test
    void aPinThatRedeemsNothingIsTheSameCardRefusalForTheGateways() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        Throwable remote = refusal(remoteGateway, new RedeemCard("1234567890123456", null, account), desk.cashier);
        Throwable local = refusal(localGateway, new RedeemCard("1234567890123456", null, account), desk.cashier);
        assertThat(Failures.refusalOf(remote).map(DomainException::code)).isPresent()
                .isEqualTo(Failures.refusalOf(local).map(DomainException::code));
        assertThat(Refusal.of(Failures.refusalOf(remote).map(DomainException::code).orElseThrow())).isEqualTo(Refusal.CARD);
        assertThat(problemOf(remote)).isEqualTo(problemOf(local));
    }

    /** Sends the command through both buses; the problem documents must be equal and say {@code code}. */
    private JsonNode sameRefusalBothWays(Object command, String who, ErrorCode code, int status) {
        Throwable local = refusal(localGateway, command, who);
        Throwable remote = refusal(remoteGateway, command, who);
        assertThat(remote).as("the cause does not cross the wire").hasRootCauseInstanceOf(SerializingCommandBus.RemoteFailure.class);
        assertThat(Failures.refusalOf(remote).map(DomainException::code)).contains(code);
        assertThat(Failures.refusalOf(local).map(DomainException::code)).contains(code);
        ResponseEntity<ProblemDetail> answer = problems.commandFailed((CommandExecutionException) remote);
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        JsonNode remoteProblem = problemOf(remote);
        assertThat(remoteProblem).isEqualTo(problemOf(local));
        assertThat(remoteProblem.get("code").asText()).isEqualTo(code.name());
        return remoteProblem;
    }

    private static Throwable refusal(CommandGateway gateway, Object command, String who) {
        RuntimeException failure = catchThrowableOfType(RuntimeException.class, () -> gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(Metadata.WHO, who,
                        Metadata.CHANNEL, "REST"))));
        assertThat(failure).as("refused").isNotNull();
        return failure;
    }

    /** The problem document a client would get, as JSON (status, code, detail and extra members). */
    private JsonNode problemOf(Throwable failure) {
        ResponseEntity<ProblemDetail> answer = failure instanceof CommandExecutionException remote
                ? problems.commandFailed(remote) : problems.domain((DomainException) failure);
        ObjectNode json = json().valueToTree(answer.getBody());
        return json.put("httpStatus", answer.getStatusCode().value());
    }

    private ObjectMapper json() {
        return objectMapper;
    }
}
