/** Read endpoints of tariffs and their versions. */
package org.juiceledger.query.tariff.web;
