package vn.smartcity.ioc.it.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;

/**
 * The LDAP directory the server's IocLdapRealm talks to: a real LDAP server over TCP on
 * ioc.test.ldap.port, loaded with wildfly-config/directory/ioc-test-directory.ldif. In .ci/run the directory is
 * OpenLDAP slapd with the same LDIF (ioc.test.ldap.external=true) and this extension starts nothing.
 */
public class TestDirectory implements BeforeAllCallback, AfterAllCallback {

    private static InMemoryDirectoryServer server;

    public static boolean external() {
        return Boolean.getBoolean("ioc.test.ldap.external");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (external() || server != null) {
            return;
        }
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=laichau,dc=gov,dc=vn");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                java.net.InetAddress.getLoopbackAddress(), Integer.getInteger("ioc.test.ldap.port", 10389), null));
        config.addAdditionalBindCredentials("cn=admin,dc=laichau,dc=gov,dc=vn", "admin");
        server = new InMemoryDirectoryServer(config);
        server.importFromLDIF(true, System.getProperty("ioc.test.directory.ldif"));
        server.startListening();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.shutDown(true);
            server = null;
        }
    }

    /** Stops answering (the directory is "down") until {@link #restart()}. */
    public static void stop() {
        server.shutDown("ldap", true);
    }

    public static void restart() throws Exception {
        server.startListening("ldap");
    }
}
