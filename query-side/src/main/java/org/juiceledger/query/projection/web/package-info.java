/** The dead-letter endpoints for admins (and auditors, reading). */
package org.juiceledger.query.projection.web;
