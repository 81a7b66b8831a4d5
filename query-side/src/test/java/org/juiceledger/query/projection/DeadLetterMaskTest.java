package org.juiceledger.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterMaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAccountHoldersNamePhoneAndEmailAreMaskedButNotTheAccountNumber() throws Exception {
        JsonNode payload = JSON.readTree("""
                {"accountNumber":"10000042","name":"Thandi Nkosi","phone":"+27821234567","email":null,"tariffId":"t-1"}""");

        JsonNode masked = DeadLetterMask.payload("org.juiceledger.kernel.account.AccountOpened", payload);

        assertThat(masked.get("name").asText()).isEqualTo("***");
        assertThat(masked.get("phone").asText()).isEqualTo("***");
        assertThat(masked.get("email").isNull()).isTrue();
        assertThat(masked.get("accountNumber").asText()).isEqualTo("10000042");
        assertThat(payload.get("name").asText()).as("the original is untouched").isEqualTo("Thandi Nkosi");
    }

    @Test
    void pinMaterialIsMaskedAtAnyDepth() throws Exception {
        JsonNode payload = JSON.readTree("""
                {"serial":"S-1","pinHash":"ab12","cards":[{"pin":"1234","serial":"S-2"}]}""");

        JsonNode masked = DeadLetterMask.payload("org.juiceledger.kernel.card.CardIssued", payload);

        assertThat(masked.get("pinHash").asText()).isEqualTo("***");
        assertThat(masked.get("cards").get(0).get("pin").asText()).isEqualTo("***");
        assertThat(masked.get("cards").get(0).get("serial").asText()).isEqualTo("S-2");
        assertThat(masked.get("serial").asText()).isEqualTo("S-1");
    }

    @Test
    void theCallersNumberInMetadataIsMaskedButNotWhoRecordedIt() throws Exception {
        JsonNode metadata = JSON.readTree("""
                {"who":"cashier-1","from":"+27821234567","channel":"SMS"}""");

        JsonNode masked = DeadLetterMask.metadata(metadata);

        assertThat(masked.get("from").asText()).isEqualTo("***");
        assertThat(masked.get("who").asText()).isEqualTo("cashier-1");
    }
}
