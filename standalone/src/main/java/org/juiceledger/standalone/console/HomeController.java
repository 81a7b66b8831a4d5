package org.juiceledger.standalone.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page: the desks the signed-in user's roles open (see the layout's menu). */
@Controller
class HomeController {

    @GetMapping({"/console", "/console/"})
    String home() {
        return "console/home";
    }
}
