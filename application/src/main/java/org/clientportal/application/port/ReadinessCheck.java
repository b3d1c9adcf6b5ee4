package org.clientportal.application.port;

/** One dependency that must answer for the service to take traffic. */
public interface ReadinessCheck {

    String name();

    /** True when the dependency answered within its short timeout. Never throws. */
    boolean isReady();
}
