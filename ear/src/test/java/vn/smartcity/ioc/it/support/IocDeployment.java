package vn.smartcity.ioc.it.support;

import java.io.File;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The deployment of every integration test: the real ioc.ear this module built, tested from the outside
 * (HTTP, JMS, management API) as a city's users and systems use it.
 */
public abstract class IocDeployment {

    @Deployment(testable = false, name = "ioc")
    public static EnterpriseArchive ioc() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ioc.ear")));
    }
}
