package org.folkmoot.features;

/** A module was named that the installation has no feature for. */
public class UnknownModuleException extends InstallationException {
    private static final long serialVersionUID = 1L;

    public UnknownModuleException(String message) {
        super(message);
    }
}
