/** Problem+json error responses, mapped in one place, and the one translation of failures into refusals ({@code Failures}). */
package org.juiceledger.platform.web;
