/** The gateways' REST endpoints (role GATEWAY): {@code POST /api/gateways/sms} and {@code /api/gateways/ivr}. */
package org.juiceledger.command.gateway.web;
