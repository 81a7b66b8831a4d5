/** Separation of duties: the rule that whoever made a card, a sale or a debt may not also undo or sell it. */
package org.juiceledger.command.duties;
