package vn.smartcity.ioc.it.support;

import java.io.IOException;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/** The server's management API (the same operations as jboss-cli.sh), for what tests check or do as an admin. */
public final class Management implements AutoCloseable {

    private final ModelControllerClient client;

    public Management() {
        try {
            client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", 9990);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an operation in CLI syntax of address and name; returns its result, fails on failure. */
    public ModelNode execute(ModelNode operation) {
        try {
            ModelNode outcome = client.execute(operation);
            if (!"success".equals(outcome.get("outcome").asString())) {
                throw new AssertionError("management operation failed: " + outcome.get("failure-description") + " for " + operation);
            }
            return outcome.get("result");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static ModelNode operation(String name, String... address) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        ModelNode addr = op.get("address").setEmptyList();
        for (int i = 0; i < address.length; i += 2) {
            addr.add(address[i], address[i + 1]);
        }
        return op;
    }

    public ModelNode readResource(boolean runtime, String... address) {
        ModelNode op = operation("read-resource", address);
        op.get("include-runtime").set(runtime);
        return execute(op);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
