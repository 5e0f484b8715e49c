package vn.smartcity.ioc.it.support;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The tests that start, stop or kill, and start again a server of their own (container "wildfly-restart" of
 * arquillian.xml, failsafe execution "own-server"): the test starts the server, deploys the real ioc.ear
 * ({@code deployer.deploy("ioc")}) and stops the server at its end.
 */
public abstract class OwnServer {

    public static final String SERVER = "wildfly-restart";

    @ArquillianResource
    protected ContainerController server;

    @ArquillianResource
    protected Deployer deployer;

    @Deployment(name = "ioc", managed = false, testable = false)
    @TargetsContainer(SERVER)
    public static EnterpriseArchive ioc() {
        return IocDeployment.ioc();
    }
}
