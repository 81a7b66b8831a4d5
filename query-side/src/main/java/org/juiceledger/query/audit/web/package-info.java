/** The auditor's endpoints: event history, export, chain head and chain verification. */
package org.juiceledger.query.audit.web;
