package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;

/**
 * Single sign-on: the server configured by configure-oidc.cli (configuration ioc-oidc.xml) sends staff to the
 * province's OpenID Connect provider (here mock-oauth2-server, a real OIDC provider over HTTP in the test JVM)
 * and takes their roles from the token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

    static final String SERVER = "wildfly-oidc";

    @ArquillianResource
    ContainerController server;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "ioc-sso", managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive ioc() {
        return IocDeployment.ioc();
    }

    @Test
    void staffLogInThroughTheProvincesIdentityProviderWithTheirRoles() throws Exception {
        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), Integer.getInteger("ioc.test.oidc.port", 18080));
        server.start(SERVER);
        deployer.deploy("ioc-sso");
        try {
            provider.enqueueCallback(token("supervisor", "supervisor"));
            HttpResponse<String> page = new Http().get("/console/supervisor/sla.xhtml");
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(wentThroughProvider(page), "the login went through the identity provider");
            assertFalse(page.body().contains("j_security_check"), "no form login");
            assertTrue(page.body().contains("(supervisor)"), "user name from preferred_username");
            assertTrue(page.body().contains("data-role=\"supervisor\""), "role from the token");
            assertTrue(page.body().contains("flooding"), "the supervisor page is open");

            provider.enqueueCallback(token("operator", "operator"));
            Http operator = new Http();
            assertEquals(403, operator.get("/console/supervisor/sla.xhtml").statusCode(), "role checked");
            assertEquals(200, operator.get("/console/index.xhtml").statusCode());
        } finally {
            deployer.undeploy("ioc-sso");
            server.stop(SERVER);
            provider.shutdown();
        }
    }

    private static DefaultOAuth2TokenCallback token(String user, String role) {
        return new DefaultOAuth2TokenCallback("laichau", user + "-subject", "JWT", List.of("ioc"),
                Map.of("preferred_username", user, "realm_access", Map.of("roles", List.of(role))), 3600);
    }

    private static boolean wentThroughProvider(HttpResponse<String> page) {
        String port = ":" + Integer.getInteger("ioc.test.oidc.port", 18080) + "/";
        for (Optional<HttpResponse<String>> r = page.previousResponse(); r.isPresent(); r = r.get().previousResponse()) {
            if (r.get().uri().toString().contains(port)) {
                return true;
            }
        }
        return false;
    }
}
