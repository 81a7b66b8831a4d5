package org.juiceledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT_OPENED = "org.juiceledger.kernel.account.AccountOpened";

    @Test
    void masksTheAccountHoldersNameAndContactDetails() throws Exception {
        JsonNode opened = JSON.readTree("""
                {"accountNumber":"10000001","name":"Thandi Nkosi","phone":"+27821234567",
                 "email":"thandi@example.org","tariffId":"residential"}""");

        JsonNode masked = PersonalDataMask.masked(ACCOUNT_OPENED, opened);

        assertThat(masked.get("name").asText()).isEqualTo("***");
        assertThat(masked.get("phone").asText()).isEqualTo("***");
        assertThat(masked.get("email").asText()).isEqualTo("***");
        assertThat(masked.get("accountNumber").asText()).isEqualTo("10000001");
        assertThat(masked.get("tariffId").asText()).isEqualTo("residential");
        assertThat(opened.get("name").asText()).as("the original is not changed").isEqualTo("Thandi Nkosi");
    }

    @Test
    void masksTheCustomersPhoneAndCallerIdInMetadataButNotWhoDidIt() throws Exception {
        JsonNode metadata = JSON.readTree("""
                {"who":"sms-gateway","channel":"SMS","correlationId":"c-1","from":"+27821234567","callerId":null}""");

        JsonNode masked = PersonalDataMask.maskedMetadata(metadata);

        assertThat(masked.get("from").asText()).isEqualTo("***");
        assertThat(masked.get("callerId").isNull()).isTrue();
        assertThat(masked.get("who").asText()).isEqualTo("sms-gateway");
        assertThat(masked.get("channel").asText()).isEqualTo("SMS");
    }

    @Test
    void keepsNullsAndTheNamesOfThingsThatAreNotPeople() throws Exception {
        JsonNode opened = JSON.readTree("{\"name\":\"Thandi\",\"phone\":null,\"email\":null}");
        JsonNode tariff = JSON.readTree("{\"tariffId\":\"residential\",\"name\":\"Residential\"}");

        JsonNode maskedOpened = PersonalDataMask.masked(ACCOUNT_OPENED, opened);
        JsonNode maskedTariff = PersonalDataMask.masked(Events.TARIFF_PUBLISHED, tariff);

        assertThat(maskedOpened.get("phone").isNull()).isTrue();
        assertThat(maskedOpened.get("email").isNull()).isTrue();
        assertThat(maskedTariff.get("name").asText()).isEqualTo("Residential");
    }

    @Test
    void masksContactDetailsAndCustomersInAnyEventAtAnyDepth() throws Exception {
        JsonNode sold = JSON.readTree("""
                {"saleId":"s1","customer":"Sipho's Spaza","lines":[{"contact":{"phone":"+2782","email":"a@b.c"}}],
                 "customerDetails":{"name":"kept: not a customer event"}}""");

        JsonNode masked = PersonalDataMask.masked("org.juiceledger.kernel.card.CardsSold", sold);

        assertThat(masked.get("customer").asText()).isEqualTo("***");
        assertThat(masked.at("/lines/0/contact/phone").asText()).isEqualTo("***");
        assertThat(masked.at("/lines/0/contact/email").asText()).isEqualTo("***");
        assertThat(masked.at("/customerDetails/name").asText()).isEqualTo("kept: not a customer event");
        assertThat(masked.get("saleId").asText()).isEqualTo("s1");
    }

    @Test
    void masksAPersonalValueWholeEvenWhenItIsAnObject() throws Exception {
        JsonNode payload = JSON.readTree("{\"customer\":{\"name\":\"Thandi\",\"id\":7}}");

        assertThat(PersonalDataMask.masked("x.Y", payload).get("customer")).isEqualTo(TextNode.valueOf("***"));
    }

    @Test
    void masksAPayloadThatIsNotJsonWhole() {
        assertThat(PersonalDataMask.masked(ACCOUNT_OPENED, TextNode.valueOf("<xml><phone>1</phone></xml>")))
                .isEqualTo(TextNode.valueOf("***"));
    }

    @Test
    void onlySupervisorsAndAdminsSeePersonalData() {
        assertThat(PersonalDataMask.mayView(List.of("ROLE_AUDITOR"))).isFalse();
        assertThat(PersonalDataMask.mayView(List.of("ROLE_AUDITOR", "ROLE_FINANCE", "ROLE_CASHIER"))).isFalse();
        assertThat(PersonalDataMask.mayView(List.of("ROLE_AUDITOR", "ROLE_SUPERVISOR"))).isTrue();
        assertThat(PersonalDataMask.mayView(List.of("ROLE_ADMIN", "ROLE_AUDITOR"))).isTrue();
        assertThat(PersonalDataMask.mayView(List.of())).isFalse();
    }
}
