package org.juiceledger.command.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a receipt by email through Spring's mail sender (configured by {@code spring.mail.host},
 * {@code spring.mail.port} and the other {@code spring.mail.*} settings) from
 * {@code juice.notifications.email.from}: a plain-text body and the receipt attached as a PDF.
 */
@Component
class EmailChannel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings.Email settings;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings.email();
    }

    void send(String to, String subject, String body, String attachmentName, byte[] attachment) throws DeliveryFailure {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || !settings.configured()) {
            throw new DeliveryFailure("Email is not configured: set spring.mail.host and juice.notifications.email.from.");
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            helper.addAttachment(attachmentName, new ByteArrayResource(attachment), "application/pdf");
            sender.send(message);
        } catch (MailException | MessagingException e) {
            throw new DeliveryFailure("The mail server did not take the message (" + DeliveryFailure.describe(e, to) + ").");
        }
    }
}
