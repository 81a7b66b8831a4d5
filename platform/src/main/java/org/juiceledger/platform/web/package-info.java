/** Problem+json error responses, mapped in one place. */
package org.juiceledger.platform.web;
