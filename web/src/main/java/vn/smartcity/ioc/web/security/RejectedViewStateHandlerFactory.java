package vn.smartcity.ioc.web.security;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link RejectedViewStateHandler} (faces-config.xml). */
public class RejectedViewStateHandlerFactory extends ExceptionHandlerFactory {

    public RejectedViewStateHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RejectedViewStateHandler(getWrapped().getExceptionHandler());
    }
}
