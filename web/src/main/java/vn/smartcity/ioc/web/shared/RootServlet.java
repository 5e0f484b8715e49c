package vn.smartcity.ioc.web.shared;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** http://host/ioc/ : staff go to the console dashboard, everyone else to the citizen portal. */
@WebServlet(urlPatterns = "")
public class RootServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getUserPrincipal() != null ? "/console/index.xhtml" : "/portal/index.xhtml";
        response.sendRedirect(request.getContextPath() + target);
    }
}
