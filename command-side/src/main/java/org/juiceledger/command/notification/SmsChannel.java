package org.juiceledger.command.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a text through the HTTP SMS provider: {@code POST juice.notifications.sms.url} with the JSON
 * body {@code {"to": ..., "text": ...}} and HTTP Basic credentials when configured. Any 2xx answer
 * means accepted; anything else, or no answer within the timeout, is a failed attempt. The URL,
 * the credentials and the text are never logged nor put in a failure reason (a connection failure
 * is logged by the class and message of its cause only, which name neither). HTTP/1.1, no redirects.
 */
@Component
class SmsChannel {

    private static final Logger log = LoggerFactory.getLogger(SmsChannel.class);
    private final NotificationSettings.Sms settings;
    private final RestClient client;
    private final URI url;

    SmsChannel(NotificationSettings settings) {
        this.settings = settings.sms();
        if (this.settings.configured()) {
            this.url = url(this.settings.url());
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(this.settings.timeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
            requests.setReadTimeout(this.settings.timeout());
            this.client = RestClient.builder().requestFactory(requests).build();
        } else {
            this.client = null;
            this.url = null;
        }
    }

    private static URI url(String configured) {
        try {
            URI url = new URI(configured.strip());
            if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
                throw new URISyntaxException(configured, "not http or https");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("juice.notifications.sms.url must be an http or https URL");
        }
    }

    void send(String to, String text) throws DeliveryFailure {
        if (client == null) {
            throw new DeliveryFailure("SMS is not configured: set juice.notifications.sms.url.");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("text", text);
        HttpStatusCode status;
        try {
            status = client.post().uri(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(headers -> {
                        if (settings.username() != null && !settings.username().isBlank()) {
                            headers.setBasicAuth(settings.username(), settings.password() == null ? "" : settings.password());
                        }
                    })
                    .body(body)
                    .exchange((request, response) -> response.getStatusCode());
        } catch (RestClientException | IllegalArgumentException e) {
            // the exception's own message names the URL; its cause's does not
            Throwable cause = e.getCause() == null ? e : e.getCause();
            log.warn("SMS attempt failed: {}", cause == e ? e.getClass().getSimpleName() : cause.toString());
            throw new DeliveryFailure("The SMS provider could not be reached (" + cause.getClass().getSimpleName() + ").");
        }
        if (!status.is2xxSuccessful()) {
            throw new DeliveryFailure("The SMS provider answered HTTP " + status.value() + ".");
        }
    }
}
