/**
 * The SMS and IVR gateways: customers redeem Juice Cards by text message ({@code METER*PIN}) or by
 * phone. Replies are text to send or speak, refusals included, and never tell whether a PIN
 * exists. Each SMS reply is kept by message id, so a gateway's retry redeems once.
 */
package org.juiceledger.command.gateway;
