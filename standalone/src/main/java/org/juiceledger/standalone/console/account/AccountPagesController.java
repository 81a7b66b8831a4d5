package org.juiceledger.standalone.console.account;

import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.standalone.console.support.ConsoleReads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Find an account, and its overview. */
@Controller
class AccountPagesController {

    private final AccountFinder finder;
    private final AccountPage page;
    private final ConsoleReads reads;

    AccountPagesController(AccountFinder finder, AccountPage page, ConsoleReads reads) {
        this.finder = finder;
        this.page = page;
        this.reads = reads;
    }

    @GetMapping("/console/accounts")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("stale", reads.await(ProjectionNames.ACCOUNTS));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("searched", q != null && !q.isBlank());
        model.addAttribute("found", finder.find(q));
        model.addAttribute("foundMax", AccountFinder.FOUND_MAX);
        return "console/accounts";
    }

    @GetMapping("/console/accounts/{accountNumber}")
    String overview(@PathVariable String accountNumber, @RequestParam(required = false) Long done, Model model) {
        model.addAttribute("done", done);
        return page.show(accountNumber, model);
    }
}
