package org.juiceledger.command.account;

import org.juiceledger.command.sts.TokenVending;
import org.springframework.stereotype.Component;

/** What an account needs from outside to sell energy: the tariff's price, STS tokens, and its wallet. */
@Component
public record EnergySales(TariffPrices prices, TokenVending tokens, Wallets wallets) {
}
